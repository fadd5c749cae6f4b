#pragma once
// What keeps a walk through every page of users (a sync, `users list --all`) from trusting a
// server that lies or loops. Each page is checked against the ones before it:
//
//  - a total below zero, or beyond what any directory holds, is refused, not believed;
//  - a user already listed is dropped, and a page that brings no user not seen before ends
//    the walk with an error (the same page every time, its total growing, would otherwise be
//    fetched forever);
//  - "more follows" with an empty page, or with a page shorter than the server's own earlier
//    pages, is a contradiction: the walk stops with an error rather than take it as the end,
//    since a sync that took it as the end would mark every user not yet listed deleted.
//
// A page shorter than asked is fine on its own: servers cap their page size. Memory is a hash
// per user listed, a few bytes each.

#include "values/Result.h"
#include "values/UserQuery.h"

#include <QCoreApplication>
#include <QSet>

class PagingGuard
{
    Q_DECLARE_TR_FUNCTIONS(PagingGuard)

public:
    // More than any real directory holds; also keeps every count within an int.
    static constexpr qint64 maxPlausibleTotal = 2147483647;

    enum class Next { Fetch, Done };

    // Checks the page that answered `asked`, dropping users already listed from it. Fetch: ask
    // the next page (at `offset()`); Done: the listing is complete; an error: stop, the
    // sentence says why.
    Result<Next> accept(const UserQuery& asked, UserPage& page);

    // Where the next page starts on the server: every user the server sent, repeats included.
    qint64 offset() const { return m_offset; }
    // Users listed so far, each once.
    qint64 listed() const { return m_seen.size(); }
    void reset();

private:
    QSet<size_t> m_seen;
    qint64 m_offset = 0;
    qsizetype m_largestPage = 0;
};
