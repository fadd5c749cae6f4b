#pragma once
// An access review's report as a document: the review (name, reviewer, due date, scope), that
// it was made offline from the cache as of a date, the totals, and each user with the decision
// and its comment. HTML for a QTextDocument, which the console prints to PDF (QPdfWriter);
// every text from a server or a reviewer is escaped.

#include "AccessReview.h"
#include "ReviewItem.h"

#include <QCoreApplication>
#include <QList>

class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReport)
public:
    static QString html(const AccessReview& review, const QList<ReviewItem>& items,
                        const QDateTime& printedAt = QDateTime::currentDateTime());
};
