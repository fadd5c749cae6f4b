// The users screen against the sandbox for each API besides Gatekeeper (tst_UsersPage): create
// through the form, find the account by a server search, edit it, disable it and delete it with
// confirmation, on the real widgets — Gemini (creation with client credentials, edit and delete
// through the user's own _links) and Nebula. The server is asked afterwards each time. Then the
// roles editor, clicked and typed into, for Nebula (is_staff) and Gatekeeper (its one user_type),
// and the form's checkbox fields.

#include "NextModal.h"
#include "SandboxAccount.h"
#include "SandboxProcess.h"
#include "credentials/CredentialStore.h"
#include "items/UserTableModel.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "users/UserDetailPanel.h"
#include "users/UserEditDialog.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <optional>

class tst_UsersAcrossDialects : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    CredentialStore m_credentials;

    std::unique_ptr<Connection> signIn(const QString& dialect)
    {
        const SandboxAccount account = SandboxAccount::of(dialect);
        Profile p;
        p.id = dialect;
        p.name = dialect;
        p.baseUrl = m_sandbox.apiUrl(dialect);
        p.dialect = dialect;
        p.identity = account.identity;
        p.settings = account.settings;
        auto connection = std::make_unique<Connection>(p, DialectRegistry::create(dialect), &m_credentials);
        QSignalSpy signedIn(connection.get(), &Connection::signedIn);
        connection->signIn(account.secrets);
        return signedIn.wait(10000) ? std::move(connection) : nullptr;
    }

    static int rowOf(UsersPage* page, const QString& email)
    {
        QAbstractItemModel* model = page->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, UserTableModel::Email).data().toString() == email)
                return row;
        }
        return -1;
    }

    // The server's own view of the account, or nothing when it no longer knows it.
    static std::optional<User> onServer(Connection* connection, const User& user, ApiError* error = nullptr)
    {
        std::optional<Result<User>> answer;
        QObject context;
        connection->getUser(user, &context, [&](const Result<User>& r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok()) {
            if (error && answer)
                *error = answer->error();
            return std::nullopt;
        }
        return answer->value();
    }

    static QListWidgetItem* roleItem(QListWidget* list, const QString& role)
    {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().startsWith(role + QLatin1Char(' ')) ||
                list->item(row)->text() == role)
                return list->item(row);
        }
        return nullptr;
    }

    // Clicks an item's check box where the style draws it, as a user would.
    static void clickCheckBox(QListWidget* list, QListWidgetItem* item)
    {
        QStyleOptionViewItem option;
        option.initFrom(list->viewport());
        option.rect = list->visualItemRect(item);
        option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
        option.checkState = item->checkState();
        option.text = item->text();
        option.font = list->font();
        const QRect box = list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
        QVERIFY(!box.isEmpty() && list->viewport()->rect().contains(box.center()));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, box.center());
    }

    // Opens the roles editor of the selected user with a click on the toolbar's Roles button.
    static void clickRolesButton(UsersPage* page)
    {
        QAction* roles = page->findChild<QAction*>(QStringLiteral("actionUserRoles"));
        QTRY_VERIFY_WITH_TIMEOUT(roles->isEnabled(), 10000);
        auto* button = page->findChild<QToolButton*>(QStringLiteral("rolesButton"));
        QVERIFY(button && button->isVisible());
        // The left part: the arrow on the right opens the bulk role menu instead.
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(button->width() / 4, button->height() / 2));
    }

private slots:
    void initTestCase()
    {
        m_credentials.setMemoryOnly(true);
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("60")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void lifecycle_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("gemini") << QStringLiteral("gemini");
        QTest::newRow("nebula") << QStringLiteral("nebula");
    }

    void lifecycle()
    {
        QFETCH(QString, dialect);
        auto connection = signIn(dialect);
        QVERIFY(connection);
        UsersPage page;
        page.resize(1300, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy loaded(&page, &UsersPage::usersLoaded);
        page.setConnection(connection.get());
        QVERIFY(loaded.wait(10000));
        const QString email = QStringLiteral("grace.%1@example.com").arg(dialect);

        // Create: the form refuses a short password before anything is sent.
        bool created = false;
        onNextModal([&](QWidget* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_email")), email);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_firstName")),
                             QStringLiteral("Grace"));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("field_lastName")),
                             QStringLiteral("Hopper"));
            auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("field_password"));
            QTest::keyClicks(password, QStringLiteral("short"));
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("error_password"))->isVisible());
            password->clear();
            QTest::keyClicks(password, QStringLiteral("Compiler-1952"));
            QTest::mouseClick(ok, Qt::LeftButton);
            created = true;
        });
        page.findChild<QAction*>(QStringLiteral("actionUserCreate"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(&page, email) >= 0, 10000);

        // Find it by a server search, then edit it (one word: Nebula keeps a single name).
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("userSearch")),
                         QStringLiteral("grace.") + dialect);
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), 1, 10000);
        page.table()->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(page.detail()->user().email == email, 10000);
        QAction* edit = page.findChild<QAction*>(QStringLiteral("actionUserEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), 10000); // Gemini: once the user's links arrived
        onNextModal([](QWidget* dialog) {
            auto* first = dialog->findChild<QLineEdit*>(QStringLiteral("field_firstName"));
            first->clear();
            QTest::keyClicks(first, QStringLiteral("Gracie"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        edit->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page.detail()->user().firstName, QStringLiteral("Gracie"), 10000);
        const User created_ = page.detail()->user();
        QCOMPARE(onServer(connection.get(), created_).value_or(User()).firstName, QStringLiteral("Gracie"));

        // Disable: the server agrees.
        QAction* disable = page.findChild<QAction*>(QStringLiteral("actionUserDisable"));
        QTRY_VERIFY_WITH_TIMEOUT(disable->isEnabled(), 10000);
        disable->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->index(0, UserTableModel::Enabled).data().toString(),
                                  QStringLiteral("Disabled"), 10000);
        QCOMPARE(onServer(connection.get(), created_).value_or(User()).enabled, false);

        // Delete, after a confirmation that names the user; then the server no longer knows them.
        QString question;
        onNextModal([&](QWidget* box) {
            question = qobject_cast<QMessageBox*>(box)->text();
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Yes)->click();
        });
        QAction* remove = page.findChild<QAction*>(QStringLiteral("actionUserDelete"));
        QTRY_VERIFY_WITH_TIMEOUT(remove->isEnabled(), 10000);
        remove->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 10000);
        QVERIFY2(question.contains(email), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(page.table()->model()->rowCount(), 0, 10000);
        ApiError error;
        QVERIFY(!onServer(connection.get(), created_, &error));
        QCOMPARE(error.kind, ApiError::Kind::NotFound);
    }

    void roleChangeThroughTheEditor_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("start");   // the user's role at first
        QTest::addColumn<QString>("clicked"); // the box clicked: the user then holds only this
        QTest::addColumn<QString>("spaced");  // the box toggled with Space: back to `start`
        // Nebula: checking "staff" sets is_staff; unchecking it makes a member again.
        QTest::newRow("nebula is_staff") << QStringLiteral("nebula") << QStringLiteral("member")
                                         << QStringLiteral("staff") << QStringLiteral("staff");
        // Gatekeeper: one user_type; checking another replaces it.
        QTest::newRow("gatekeeper user_type") << QStringLiteral("gatekeeper") << QStringLiteral("customer")
                                              << QStringLiteral("developer") << QStringLiteral("customer");
    }

    void roleChangeThroughTheEditor()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, start);
        QFETCH(QString, clicked);
        QFETCH(QString, spaced);
        auto connection = signIn(dialect);
        QVERIFY(connection);
        QVERIFY(connection->capabilities().supports(Capability::SetRoles));
        UsersPage page;
        page.resize(1300, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy loaded(&page, &UsersPage::usersLoaded);
        page.setConnection(connection.get());
        QVERIFY(loaded.wait(10000));

        // A user holding only `start`, on screen, selected with a click.
        QTableView* table = page.table();
        QAbstractItemModel* model = table->model();
        int row = 1;
        while (
            row < qMin(model->rowCount(), 20) &&
            (model->index(row, UserTableModel::Roles).data().toString() != start ||
             model->index(row, UserTableModel::Email).data().toString().contains(QLatin1String("admin")) ||
             model->index(row, UserTableModel::Username).data().toString().contains(QLatin1String("admin"))))
            ++row;
        QVERIFY2(row < qMin(model->rowCount(), 20), qPrintable(QStringLiteral("no user holding ") + start));
        const QString email = model->index(row, UserTableModel::Email).data().toString();
        const QPoint centre = table->visualRect(model->index(row, UserTableModel::Email)).center();
        QVERIFY(table->viewport()->rect().contains(centre));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE_WITH_TIMEOUT(page.detail()->user().email, email, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.detail()->user().roles == QStringList{start}, 10000);
        const User user = page.detail()->user();

        // First with the mouse: the box of `clicked`, then Save.
        bool saved = false;
        onNextModal([&](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("rolesDialog"));
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("roleList"));
            QListWidgetItem* item = roleItem(list, clicked);
            QVERIFY(item);
            QCOMPARE(item->checkState(), Qt::Unchecked);
            QVERIFY(item->flags() & Qt::ItemIsUserCheckable);
            clickCheckBox(list, item);
            QTRY_COMPARE(item->checkState(), Qt::Checked);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            saved = true;
        });
        clickRolesButton(&page);
        QTRY_VERIFY_WITH_TIMEOUT(saved, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.detail()->user().roles, QStringList{clicked}, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, UserTableModel::Roles).data().toString(), clicked, 10000);
        QCOMPARE(onServer(connection.get(), user).value_or(User()).roles, QStringList{clicked});

        // Then with the keyboard: arrow to `spaced`, Space toggles its box, Return saves.
        saved = false;
        onNextModal([&](QWidget* dialog) {
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("roleList"));
            QListWidgetItem* item = roleItem(list, spaced);
            QVERIFY(item);
            const Qt::CheckState was = item->checkState();
            list->setFocus(Qt::TabFocusReason);
            QTest::keyClick(list, Qt::Key_Home);
            for (int i = 0; i < list->count() && list->currentItem() != item; ++i)
                QTest::keyClick(list, Qt::Key_Down);
            QCOMPARE(list->currentItem(), item);
            QTest::keyClick(list, Qt::Key_Space);
            QCOMPARE(item->checkState(), was == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            QTest::keyClick(list, Qt::Key_Return);
            saved = true;
        });
        clickRolesButton(&page);
        QTRY_VERIFY_WITH_TIMEOUT(saved, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.detail()->user().roles, QStringList{start}, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, UserTableModel::Roles).data().toString(), start, 10000);
        QCOMPARE(onServer(connection.get(), user).value_or(User()).roles, QStringList{start});
    }

    // A server's checkbox and multiple-choice fields (Keycloak's temporary password and required
    // actions) are boxes in the form, ticked as the user has them. (The real Keycloak takes what
    // they send in tst_KeycloakConsole::requiredActionsAndATemporaryPassword.)
    void checkboxFieldsOfTheForm()
    {
        Profile profile;
        profile.name = QStringLiteral("Keycloak form");
        profile.dialect = QStringLiteral("keycloak");
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        Connection connection(profile, DialectRegistry::create(profile.dialect), &m_credentials);
        User ada;
        ada.id = QStringLiteral("ada-id");
        ada.username = QStringLiteral("ada");
        ada.email = QStringLiteral("ada@example.net");
        ada.attributes.insert(QStringLiteral("requiredActions"), QVariantList{QStringLiteral("VERIFY_EMAIL")});
        UserEditDialog dialog(&connection, ada);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* verify = dialog.findChild<QCheckBox*>(QStringLiteral("field_requiredActions_VERIFY_EMAIL"));
        auto* otp = dialog.findChild<QCheckBox*>(QStringLiteral("field_requiredActions_CONFIGURE_TOTP"));
        auto* temporary = dialog.findChild<QCheckBox*>(QStringLiteral("field_temporaryPassword"));
        QVERIFY(verify && otp && temporary);
        QVERIFY(verify->isChecked());
        QVERIFY(!otp->isChecked());
        QVERIFY(!temporary->isChecked());
        QCOMPARE(otp->text(), QStringLiteral("Set up one-time codes (OTP)"));
        for (QCheckBox* box : {otp, temporary}) {
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
        }
        QVERIFY(otp->isChecked() && temporary->isChecked());
        if (const QString shots = qEnvironmentVariable("AUTHDESK_SHOTS"); !shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/keycloak-user-form.png")));
    }
};

QTEST_MAIN(tst_UsersAcrossDialects)
#include "tst_UsersAcrossDialects.moc"
