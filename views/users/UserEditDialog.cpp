#include "UserEditDialog.h"
#include "common/ThemePalette.h"

#include "remote/Connection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

UserEditDialog::UserEditDialog(Connection* connection, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_original(user)
    , m_creating(!user.isValid())
    , m_fields(connection->dialect().userFields())
    , m_enabled(new QCheckBox(tr("Account enabled"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(m_creating ? tr("New user") : tr("Edit %1").arg(user.displayName()));
    auto* form = new QFormLayout;
    for (const UserField& field : m_fields) {
        QWidget* editor = nullptr;
        QString current;
        if (field.key == QLatin1String("username"))
            current = user.username;
        else if (field.key == QLatin1String("email"))
            current = user.email;
        else if (field.key == QLatin1String("firstName"))
            current = user.firstName;
        else if (field.key == QLatin1String("lastName"))
            current = user.lastName;
        else if (field.key != QLatin1String("password") && field.key != QLatin1String("roles"))
            current = user.attributes.value(field.key).toString();
        if (field.type == UserField::Type::Bool) {
            auto* box = new QCheckBox(field.label, this);
            box->setChecked(user.attributes.value(field.key).toBool());
            editor = box;
        } else if (field.type == UserField::Type::Flags && field.choicesFromServer) {
            editor = serverChoices(user.attributes.value(field.key).toStringList());
        } else if (field.type == UserField::Type::Flags) {
            // One box per choice, checked for those the user has now.
            editor = new QWidget(this);
            auto* boxes = new QVBoxLayout(editor);
            boxes->setContentsMargins(0, 0, 0, 0);
            const QStringList current = user.attributes.value(field.key).toStringList();
            for (int i = 0; i < field.choices.size(); ++i) {
                auto* box = new QCheckBox(field.choiceLabels.value(i, field.choices.at(i)), editor);
                box->setObjectName(QStringLiteral("field_%1_%2").arg(field.key, field.choices.at(i)));
                box->setProperty("choice", field.choices.at(i));
                box->setChecked(current.contains(field.choices.at(i)));
                boxes->addWidget(box);
            }
        } else if (field.type == UserField::Type::Choice) {
            auto* combo = new QComboBox(this);
            combo->addItems(field.choices);
            if (!user.roles.isEmpty())
                combo->setCurrentText(user.roles.first());
            editor = combo;
        } else {
            auto* line = new QLineEdit(current, this);
            if (field.type == UserField::Type::Password) {
                line->setEchoMode(QLineEdit::Password);
                line->setPlaceholderText(m_creating ? tr("at least %n characters", nullptr, field.minLength)
                                                    : tr("leave empty to keep the password"));
            }
            line->setReadOnly(!m_creating && !field.editable);
            if (line->isReadOnly())
                line->setToolTip(tr("The server does not allow changing this."));
            editor = line;
        }
        editor->setObjectName(QStringLiteral("field_") + field.key);
        auto* fieldError = new QLabel(this);
        fieldError->setObjectName(QStringLiteral("error_") + field.key);
        fieldError->setStyleSheet(ThemePalette::errorTextStyle(palette()));
        fieldError->setWordWrap(true);
        fieldError->hide();
        auto* cell = new QVBoxLayout;
        cell->setContentsMargins(0, 0, 0, 0);
        cell->addWidget(editor);
        cell->addWidget(fieldError);
        const bool required = m_creating ? field.requiredOnCreate : field.requiredOnUpdate;
        // A checkbox carries its own label.
        const QString label = field.type == UserField::Type::Bool ? QString() : field.label;
        form->addRow(required ? label + QStringLiteral(" *") : label, cell);
        m_editors.insert(field.key, editor);
        m_fieldErrors.insert(field.key, fieldError);
    }
    for (const UserField& field : m_fields) {
        if (field.type == UserField::Type::Flags && field.choicesFromServer)
            listServerChoices(field.key);
    }
    m_enabled->setObjectName(QStringLiteral("field_enabled"));
    m_enabled->setChecked(user.enabled);
    const bool canToggle = m_connection->capabilities().supports(Capability::SetEnabled);
    m_enabled->setEnabled(canToggle);
    if (!canToggle)
        m_enabled->setToolTip(m_connection->capabilities().reason(Capability::SetEnabled));
    form->addRow(QString(), m_enabled);

    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setStyleSheet(ThemePalette::errorTextStyle(palette()));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_creating ? tr("Create") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
}

QString UserEditDialog::value(const QString& key) const
{
    QWidget* editor = m_editors.value(key);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text().trimmed();
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentText();
    if (auto* box = qobject_cast<QCheckBox*>(editor))
        return box->isChecked() ? QStringLiteral("true") : QString();
    return {};
}

namespace {
void addChoice(QListWidget* list, const QString& value, const QString& label, bool checked)
{
    auto* item = new QListWidgetItem(label, list);
    item->setData(Qt::UserRole, value);
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}
} // namespace

QListWidget* UserEditDialog::serverChoices(const QStringList& current)
{
    // The user's own choices at once, ticked; the others once the server listed them.
    auto* list = new QListWidget(this);
    list->setMaximumHeight(list->fontMetrics().height() * 8);
    for (const QString& value : current)
        addChoice(list, value, value, true);
    return list;
}

void UserEditDialog::listServerChoices(const QString& key)
{
    auto* list = qobject_cast<QListWidget*>(m_editors.value(key));
    m_connection->listChoices(key, list, [this, list, key](const Result<QList<FieldChoice>>& choices) {
        if (!choices.ok()) {
            QLabel* label = m_fieldErrors.value(key);
            label->setText(tr("The other choices could not be listed: %1").arg(choices.error().message));
            label->show();
            return;
        }
        QSet<QString> shown;
        for (int row = 0; row < list->count(); ++row)
            shown.insert(list->item(row)->data(Qt::UserRole).toString());
        for (const FieldChoice& choice : choices.value()) {
            if (!shown.contains(choice.value))
                addChoice(list, choice.value, choice.label, false);
        }
        list->sortItems();
    });
}

QStringList UserEditDialog::checkedChoices(const QString& key) const
{
    QStringList checked;
    if (auto* list = qobject_cast<QListWidget*>(m_editors.value(key))) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                checked << list->item(row)->data(Qt::UserRole).toString();
        }
    } else if (QWidget* editor = m_editors.value(key)) {
        for (const QCheckBox* box : editor->findChildren<QCheckBox*>()) {
            if (box->isChecked())
                checked << box->property("choice").toString();
        }
    }
    return checked;
}

bool UserEditDialog::validate()
{
    bool ok = true;
    static const QRegularExpression emailShape(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    for (const UserField& field : m_fields) {
        QLabel* label = m_fieldErrors.value(field.key);
        label->hide();
        const QString text = value(field.key);
        const bool required = m_creating ? field.requiredOnCreate : field.requiredOnUpdate;
        QString problem;
        if (required && text.isEmpty())
            problem = tr("%1 is required.").arg(field.label);
        else if (field.type == UserField::Type::Email && !text.isEmpty() &&
                 !emailShape.match(text).hasMatch())
            problem = tr("This does not look like an email address.");
        else if (field.type == UserField::Type::Password && !text.isEmpty() && text.size() < field.minLength)
            problem = tr("At least %n characters.", nullptr, field.minLength);
        if (!problem.isEmpty()) {
            label->setText(problem);
            label->show();
            ok = false;
        }
    }
    return ok;
}

void UserEditDialog::showError(const ApiError& error)
{
    // Everything typed stays in place; the message goes next to the field it concerns.
    if (QLabel* label = m_fieldErrors.value(error.field)) {
        label->setText(error.message);
        label->show();
    } else {
        m_error->setText(error.message);
        m_error->show();
    }
}

void UserEditDialog::submit()
{
    m_error->hide();
    if (!validate())
        return;
    UserEdit edit;
    edit.user = m_original;
    edit.user.username = m_editors.contains(QStringLiteral("username")) ? value(QStringLiteral("username"))
                                                                        : value(QStringLiteral("email"));
    edit.user.email = value(QStringLiteral("email"));
    edit.user.firstName = value(QStringLiteral("firstName"));
    edit.user.lastName = value(QStringLiteral("lastName"));
    edit.user.enabled = m_enabled->isChecked();
    if (m_editors.contains(QStringLiteral("roles")))
        edit.user.roles = {value(QStringLiteral("roles"))};
    for (const UserField& field : m_fields) {
        static const QStringList known{QStringLiteral("username"),  QStringLiteral("email"),
                                       QStringLiteral("firstName"), QStringLiteral("lastName"),
                                       QStringLiteral("password"),  QStringLiteral("roles"),
                                       QStringLiteral("temporaryPassword")};
        if (known.contains(field.key))
            continue;
        if (field.type == UserField::Type::Flags)
            edit.user.attributes.insert(field.key, checkedChoices(field.key));
        else if (field.type == UserField::Type::Bool)
            edit.user.attributes.insert(field.key, !value(field.key).isEmpty());
        else
            edit.user.attributes.insert(field.key, value(field.key));
    }
    edit.password = value(QStringLiteral("password"));
    edit.temporaryPassword = !value(QStringLiteral("temporaryPassword")).isEmpty();
    m_buttons->setEnabled(false);
    auto finished = [this](const Result<User>& result) {
        m_buttons->setEnabled(true);
        if (!result.ok()) {
            showError(result.error());
            return;
        }
        m_result = result.value();
        accept();
    };
    if (m_creating)
        m_connection->createUser(edit, this, finished);
    else
        m_connection->updateUser(m_original, edit, this, finished);
}
