#pragma once
// Descriptions a dialect gives the UI: extra profile settings, the roles it knows, and the
// user fields its forms need.

#include <QList>
#include <QString>
#include <QStringList>

// One extra setting of a profile, e.g. Gemini's client id (plain) and client secret (secret).
struct SettingField
{
    QString key;   // settings key, or keychain key when `secret`
    QString label; // translated label
    bool secret = false;
    bool required = false;
    QString placeholder;
};

// A role or scope the server knows. Some are granted by the server but never accepted in a
// request (Gemini's city and admin): the editor shows them read-only with `whyReadOnly`.
struct RoleDefinition
{
    QString name;
    QString description;
    bool assignable = true;
    QString whyReadOnly;
    bool administrative = false; // administers users: counted as an admin by the Overview
};

// The roles or scopes a server offers, and how many a user holds. A server whose users hold
// exactly one (Gatekeeper's user_type) replaces it when another is added and never removes it.
struct RoleSet
{
    enum class Cardinality { AnyNumber, ExactlyOne };
    QList<RoleDefinition> roles;
    Cardinality cardinality = Cardinality::AnyNumber;

    bool exactlyOne() const { return cardinality == Cardinality::ExactlyOne; }
    QStringList administrativeRoles() const
    {
        QStringList names;
        for (const RoleDefinition& role : roles) {
            if (role.administrative)
                names << role.name;
        }
        return names;
    }
    const RoleDefinition* find(const QString& name) const
    {
        for (const RoleDefinition& role : roles) {
            if (role.name == name)
                return &role;
        }
        return nullptr;
    }
};

// One value a form field can take as the server lists it (Keycloak's groups): what is stored,
// and what the form shows.
struct FieldChoice
{
    QString value;
    QString label;
};

// A field of the create/edit user form and its rules.
struct UserField
{
    // Bool: a checkbox. Choice: one of `choices`. Flags: any of `choices` (a string list in the
    // user's attributes under `key`), each shown as its `choiceLabels` entry.
    enum class Type { Text, Email, Password, Phone, Bool, Choice, Flags };
    QString key; // "username", "email", "firstName", "lastName", "password", "enabled", or attribute name
    QString label;
    Type type = Type::Text;
    bool requiredOnCreate = false;
    bool requiredOnUpdate = false;
    bool editable = true; // false: shown but cannot change (Gatekeeper username)
    int minLength = 0;
    QStringList choices;
    QStringList choiceLabels; // Flags: what the form shows for each of `choices`
    // Flags whose choices the server lists (Dialect::listChoices) instead of `choices`: the
    // form shows the user's current ones at once and the rest once the server answered.
    bool choicesFromServer = false;

    static UserField make(const QString& key, const QString& label, Type type = Type::Text,
                          bool requiredOnCreate = false, bool requiredOnUpdate = false, bool editable = true)
    {
        UserField field;
        field.key = key;
        field.label = label;
        field.type = type;
        field.requiredOnCreate = requiredOnCreate;
        field.requiredOnUpdate = requiredOnUpdate;
        field.editable = editable;
        return field;
    }
};
