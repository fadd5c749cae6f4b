#pragma once
// Creates dialects by id: the only place that lists every server AuthDesk speaks.

#include "Dialect.h"

#include <QStringList>
#include <memory>

class DialectRegistry
{
public:
    static QStringList ids();
    static std::shared_ptr<const Dialect> create(const QString& id);
    static QString displayName(const QString& id);
};
