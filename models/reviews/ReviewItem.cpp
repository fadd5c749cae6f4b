#include "ReviewItem.h"

QString ReviewItem::serverCopyName(ServerCopy copy)
{
    switch (copy) {
    case ServerCopy::NotCompared:
        return {};
    case ServerCopy::Unchanged:
        return QStringLiteral("unchanged");
    case ServerCopy::Changed:
        return QStringLiteral("changed");
    case ServerCopy::DeletedOnServer:
        return QStringLiteral("deleted on server");
    case ServerCopy::NotCached:
        return QStringLiteral("not cached");
    }
    return {};
}
