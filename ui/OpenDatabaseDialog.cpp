#include "ui/OpenDatabaseDialog.h"

#include "core/storage/ServerAddress.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace waymark {

namespace {

const QString RecentKey = QStringLiteral("database/recent");
const QString LastKey = QStringLiteral("database/last");
constexpr int RecentKept = 8;

} // namespace

OpenDatabaseDialog::OpenDatabaseDialog(const QString& current, QWidget* parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_fileChoice(new QRadioButton(tr("A &file on this computer"), this))
    , m_serverChoice(new QRadioButton(tr("The &team server"), this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse\u2026"), this))
    , m_server(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_open(nullptr)
{
    setObjectName(QStringLiteral("openDatabase"));
    setWindowTitle(tr("Open a Waymark database"));
    setMinimumWidth(560);

    m_recent->setObjectName(QStringLiteral("openRecent"));
    m_recent->setAccessibleName(tr("Opened before"));
    m_recent->addItem(tr("(choose one opened before)"));
    for (const QString& address : recent())
        m_recent->addItem(ServerAddress::isServerUrl(address) ? address : QDir::toNativeSeparators(address), address);
    m_recent->setEnabled(m_recent->count() > 1);

    m_fileChoice->setObjectName(QStringLiteral("openFileChoice"));
    m_serverChoice->setObjectName(QStringLiteral("openServerChoice"));
    auto* choices = new QButtonGroup(this);
    choices->addButton(m_fileChoice);
    choices->addButton(m_serverChoice);
    m_file->setObjectName(QStringLiteral("openFile"));
    m_file->setAccessibleName(tr("Database file"));
    m_file->setPlaceholderText(tr("The database file, such as waymark.db"));
    m_browse->setObjectName(QStringLiteral("openBrowse"));
    m_server->setObjectName(QStringLiteral("openServer"));
    m_server->setAccessibleName(tr("Team server's address"));
    m_server->setPlaceholderText(QStringLiteral("postgresql://you@server.example.org/waymark"));
    m_password->setObjectName(QStringLiteral("openPassword"));
    m_password->setAccessibleName(tr("Team server password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty if this computer keeps it"));
    m_message->setObjectName(QStringLiteral("openMessage"));
    m_message->setWordWrap(true);

    auto* intro = new QLabel(tr("A key worker's laptop keeps its own encrypted file and syncs it with the team server. "
                                "At the office you can work on the team server itself: its address and password come "
                                "from your administrator."),
                             this);
    intro->setWordWrap(true);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* fileForm = new QFormLayout;
    // The field and its Browse button are one row: the label's Alt+I goes to the field.
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_file);
    fileForm->addRow(fileLabel, fileRow);
    auto* serverForm = new QFormLayout;
    serverForm->addRow(tr("&Address:"), m_server);
    serverForm->addRow(tr("&Password:"), m_password);
    auto* recentForm = new QFormLayout;
    recentForm->addRow(tr("&Recently opened:"), m_recent);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openDatabaseOpen"));
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(recentForm);
    layout->addWidget(m_fileChoice);
    layout->addLayout(fileForm);
    layout->addWidget(m_serverChoice);
    layout->addLayout(serverForm);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            fill(m_recent->itemData(index).toString());
    });
    connect(m_browse, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    connect(choices, &QButtonGroup::buttonToggled, this, &OpenDatabaseDialog::check);
    for (QLineEdit* edit : {m_file, m_server, m_password})
        connect(edit, &QLineEdit::textChanged, this, &OpenDatabaseDialog::check);
    // Typing in one place chooses it.
    connect(m_file, &QLineEdit::textEdited, m_fileChoice, [this] { m_fileChoice->setChecked(true); });
    connect(m_server, &QLineEdit::textEdited, m_serverChoice, [this] { m_serverChoice->setChecked(true); });
    fill(current);
}

QString OpenDatabaseDialog::chosen() const
{
    if (m_fileChoice->isChecked())
        return QDir::fromNativeSeparators(m_file->text().trimmed());
    QUrl url(m_server->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    return url.toString();
}

void OpenDatabaseDialog::fill(const QString& address)
{
    if (ServerAddress::isServerUrl(address)) {
        m_server->setText(address);
        m_serverChoice->setChecked(true);
        m_password->setFocus();
    } else {
        m_file->setText(QDir::toNativeSeparators(address));
        m_fileChoice->setChecked(true);
        m_file->setFocus();
    }
    check();
}

void OpenDatabaseDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a Waymark database file"), start,
                                                      tr("Waymark databases (*.db);;All files (*)"));
    if (!file.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(file));
        m_fileChoice->setChecked(true);
    }
}

void OpenDatabaseDialog::check()
{
    // Says what is wrong before anything is tried, so a typing slip never reaches the server.
    QString problem;
    // Both places stay open to typing: typing in one chooses it.
    const bool file = m_fileChoice->isChecked();
    if (!file && !m_serverChoice->isChecked()) {
        problem = tr("Choose a file or the team server.");
    } else if (file) {
        const QString path = m_file->text().trimmed();
        if (path.isEmpty())
            problem = tr("Type the database file's name, or Browse for it.");
        else if (!QFileInfo(path).isFile())
            problem = tr("There is no file at %1.").arg(path);
    } else if (m_server->text().trimmed().isEmpty()) {
        problem = tr("Type the team server's address, as your administrator gave it.");
    } else if (!ServerAddress::isServerUrl(m_server->text().trimmed())) {
        problem =
            tr("A team server's address starts postgresql://, such as postgresql://you@server.example.org/waymark.");
    } else if (Result<ServerAddress> address = ServerAddress::parse(chosen()); !address) {
        problem = address.error().message;
    }
    m_message->setText(problem);
    m_open->setEnabled(problem.isEmpty());
}

void OpenDatabaseDialog::remember(const QString& place)
{
    // A password is never kept, whatever the address carried.
    QString address = place;
    if (ServerAddress::isServerUrl(place)) {
        QUrl url(place);
        url.setPassword({});
        address = url.toString();
    }
    QSettings settings;
    QStringList list = settings.value(RecentKey).toStringList();
    list.removeAll(address);
    list.prepend(address);
    while (list.size() > RecentKept)
        list.removeLast();
    settings.setValue(RecentKey, list);
    settings.setValue(LastKey, address);
}

QString OpenDatabaseDialog::lastChosen()
{
    return QSettings().value(LastKey).toString();
}

QStringList OpenDatabaseDialog::recent()
{
    return QSettings().value(RecentKey).toStringList();
}

} // namespace waymark
