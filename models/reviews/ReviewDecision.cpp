#include "ReviewDecision.h"

namespace {
struct Named
{
    ReviewDecision::Kind kind;
    const char* name;
};
constexpr Named kinds[] = {{ReviewDecision::Kind::Keep, "keep"},
                           {ReviewDecision::Kind::Disable, "disable"},
                           {ReviewDecision::Kind::RemoveRole, "remove-role"},
                           {ReviewDecision::Kind::Delete, "delete"},
                           {ReviewDecision::Kind::Ask, "ask"}};
} // namespace

QString ReviewDecision::name(Kind kind)
{
    for (const Named& k : kinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

std::optional<ReviewDecision::Kind> ReviewDecision::kindNamed(const QString& name)
{
    for (const Named& k : kinds) {
        if (name.trimmed().compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

QStringList ReviewDecision::names()
{
    QStringList all;
    for (const Named& k : kinds)
        all << QLatin1String(k.name);
    return all;
}

QString ReviewDecision::text() const
{
    switch (kind) {
    case Kind::Keep:
        return tr("Keep");
    case Kind::Disable:
        return tr("Disable");
    case Kind::RemoveRole:
        return tr("Remove role %1").arg(role);
    case Kind::Delete:
        return tr("Delete");
    case Kind::Ask:
        return tr("Ask");
    }
    return {};
}
