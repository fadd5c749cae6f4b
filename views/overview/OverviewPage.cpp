#include "OverviewPage.h"

#include "common/ThemePalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QToolTip>
#include <QCommandLinkButton>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// The largest count, rounded up to a value axis that ends on a whole tick.
qreal axisTop(const QList<InsightFigure>& figures)
{
    qint64 top = 0;
    for (const InsightFigure& f : figures)
        top = qMax(top, f.count);
    return top < 5 ? 5 : qreal(top) * 1.1;
}
} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_source(new QLabel(this))
    , m_message(new QLabel(this))
    , m_figures(new QWidget(this))
    , m_tiles(new QGridLayout)
    , m_charts(new QGridLayout)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* heading = new QLabel(tr("Overview"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_source->setObjectName(QStringLiteral("overviewSource"));
    m_source->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("overviewMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(120);

    auto* figures = new QVBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    m_tiles->setSpacing(8);
    figures->addLayout(m_tiles);
    figures->addLayout(m_charts);
    figures->addStretch(1);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(heading);
    layout->addWidget(m_source);
    layout->addWidget(m_message);
    layout->addWidget(m_figures, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    showUnavailable(tr("No profile is open."));
}

void OverviewPage::showLoading()
{
    // The figures already shown stay while new ones are counted.
    if (!m_shown) {
        m_message->setText(tr("Counting…"));
        m_message->show();
    }
}

void OverviewPage::showUnavailable(const QString& reason)
{
    m_shown = false;
    clearFigures();
    m_source->clear();
    m_message->setText(reason);
    m_message->show();
    m_figures->hide();
}

void OverviewPage::clearFigures()
{
    for (QGridLayout* grid : {m_tiles, m_charts}) {
        while (QLayoutItem* item = grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
}

void OverviewPage::setInsights(const UserInsights& insights)
{
    m_insights = insights;
    m_shown = true;
    clearFigures();
    m_message->hide();
    m_figures->show();
    const QLocale locale;
    m_source->setText(insights.asOf.isValid()
                          ? tr("From the local copy as of %1; sign-in ages counted from %2.")
                                .arg(locale.toString(insights.asOf.toLocalTime(), QLocale::ShortFormat),
                                     locale.toString(insights.now.toLocalTime(), QLocale::ShortFormat))
                          : tr("From the local copy."));
    constexpr int columns = 3;
    for (int i = 0; i < insights.summary.size(); ++i)
        m_tiles->addWidget(tile(insights.summary.at(i)), i / columns, i % columns);
    m_charts->addWidget(chart(QStringLiteral("roles"), tr("Users per role"), insights.roles, true), 0, 0);
    m_charts->addWidget(chart(QStringLiteral("lastSignIn"), tr("Last sign-in"), insights.lastSignIn, true), 0, 1);
    m_charts->addWidget(
        chart(QStringLiteral("createdPerMonth"), tr("Accounts created per month"), insights.createdPerMonth, false),
        1, 0, 1, 2);
}

QWidget* OverviewPage::tile(const InsightFigure& figure)
{
    const QString count = figure.known() ? QLocale().toString(figure.count) : QStringLiteral("—");
    auto* button = new QCommandLinkButton(count, figure.label);
    button->setObjectName(QStringLiteral("figure_") + figure.key);
    button->setIcon(QIcon()); // the count speaks; no arrow
    QFont large = button->font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    button->setFont(large);
    button->setAccessibleName(figure.label + QLatin1Char(' ') + count);
    if (!figure.known()) {
        button->setEnabled(false);
        button->setDescription(figure.label + QLatin1Char('\n') + figure.unknownReason);
        button->setToolTip(figure.unknownReason);
        return button;
    }
    button->setToolTip(tr("List these %Ln user(s)", nullptr, int(qMin<qint64>(figure.count, INT_MAX))));
    connect(button, &QCommandLinkButton::clicked, this,
            [this, filter = figure.filter, title = figure.label] { emit usersRequested(filter, title); });
    return button;
}

QWidget* OverviewPage::chart(const QString& name, const QString& title, const QList<InsightFigure>& figures,
                             bool horizontal)
{
    QString unknownReason;
    for (const InsightFigure& f : figures) {
        if (!f.known())
            unknownReason = f.unknownReason;
    }
    if (figures.isEmpty() || !unknownReason.isEmpty()) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(),
                                 (unknownReason.isEmpty() ? tr("No users to show.") : unknownReason).toHtmlEscaped()));
        label->setObjectName(QStringLiteral("chart_") + name);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumHeight(120);
        return label;
    }

    // A horizontal chart draws its first bar at the bottom: the list goes in reversed, so that
    // the first figure (the most held role) is on top.
    QList<InsightFigure> bars = figures;
    if (horizontal)
        std::reverse(bars.begin(), bars.end());
    auto* set = new QBarSet(tr("Users"));
    QStringList categories;
    for (const InsightFigure& f : bars) {
        *set << qreal(f.count);
        categories << f.label;
    }
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.8);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12); // whole counts, never 1.2e+06
    // A bar lists its users, as a figure does.
    connect(set, &QBarSet::clicked, this, [this, bars, title](int index) {
        if (index >= 0 && index < bars.size())
            emit usersRequested(bars.at(index).filter, title + QStringLiteral(": ") + bars.at(index).label);
    });
    connect(set, &QBarSet::hovered, this, [bars](bool over, int index) {
        if (over && index >= 0 && index < bars.size())
            QToolTip::showText(QCursor::pos(), tr("%1: %2 — click to list them")
                                                   .arg(bars.at(index).label, QLocale().toString(bars.at(index).count)));
    });

    auto* chart = new QChart;
    const QPalette palette = this->palette();
    set->setLabelBrush(palette.windowText());
    chart->setTheme(ThemePalette::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setTitle(title);
    chart->setTitleBrush(palette.windowText());
    chart->legend()->hide();
    chart->addSeries(series);
    auto* categoriesAxis = new QBarCategoryAxis;
    categoriesAxis->append(categories);
    auto* values = new QValueAxis;
    values->setRange(0, axisTop(figures));
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    if (!horizontal && categories.size() > 12)
        categoriesAxis->setLabelsAngle(-90);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(categoriesAxis), static_cast<QAbstractAxis*>(values)})
        axis->setLabelsBrush(palette.windowText());
    chart->addAxis(categoriesAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoriesAxis);
    series->attachAxis(values);

    auto* view = new QChartView(chart);
    view->setObjectName(QStringLiteral("chart_") + name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFixedHeight(horizontal ? qBound(240, 60 + 30 * int(figures.size()), 600) : 280);
    view->setCursor(Qt::PointingHandCursor);
    view->setToolTip(tr("Click a bar to list its users."));
    return view;
}

void OverviewPage::changeEvent(QEvent* event)
{
    // The charts take their colours from the palette when drawn: a switch to a dark theme
    // draws them again.
    if (event->type() == QEvent::PaletteChange && m_shown)
        setInsights(m_insights);
    QWidget::changeEvent(event);
}
