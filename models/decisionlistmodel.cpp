// SPDX-License-Identifier: MIT
#include "decisionlistmodel.h"

#include "database.h"
#include "logging.h"
#include "notestore.h"
#include "qmlresult.h"
#include "sessionminutesmodel.h"
#include "vocabulary.h"
#include "workspace.h"

namespace Plenary {

namespace {

/// A count typed in the form: none when empty, an error when not a whole number.
Result<std::optional<int>> countOf(const QVariantMap &fields, const char *key)
{
    const QString text = fields.value(QLatin1String(key)).toString().trimmed();
    if (text.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return Error {QObject::tr("Vote counts are whole numbers, 0 or more."), QStringLiteral("votes"), 0};
    return std::optional<int>(value);
}

} // namespace

DecisionListModel::DecisionListModel(QObject *parent)
    : MinutesListModel(parent)
{ }

DecisionListModel::DecisionListModel(const Database &database, QObject *parent)
    : MinutesListModel(database, parent)
{ }

void DecisionListModel::reload()
{
    QList<Decision> decisions;
    if (m_database && m_sessionId > 0) {
        if (Result<QList<Decision>> read = NoteStore(*m_database).decisions(m_sessionId); read.ok()) {
            decisions = read.value();
        } else {
            qCWarning(lcModels) << "decisions of session" << m_sessionId << read.error().message;
            Q_EMIT failed(read.error().message);
        }
    }
    beginResetModel();
    m_decisions = decisions;
    endResetModel();
    Q_EMIT countChanged();
}

int DecisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QString DecisionListModel::summary(const Decision &d)
{
    const QString outcome = Vocabulary::label(Vocabulary::decisionOutcomes(), d.outcome);
    if (d.method == u"vote" && d.votesFor && d.votesAgainst && d.votesAbstaining)
        return tr("%1 by vote: %2 for, %3 against, %4 abstaining")
            .arg(outcome)
            .arg(*d.votesFor)
            .arg(*d.votesAgainst)
            .arg(*d.votesAbstaining);
    if (d.method == u"unanimous")
        return tr("%1 unanimously").arg(outcome);
    return tr("%1 by consensus").arg(outcome);
}

QVariant DecisionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Decision &d = m_decisions.at(index.row());
    switch (role) {
    case DecisionIdRole:
        return d.id;
    case Qt::DisplayRole:
    case TextRole:
        return d.text;
    case OutcomeRole:
        return d.outcome;
    case OutcomeLabelRole:
        return Vocabulary::label(Vocabulary::decisionOutcomes(), d.outcome);
    case MethodRole:
        return d.method;
    case MethodLabelRole:
        return Vocabulary::label(Vocabulary::decisionMethods(), d.method);
    case VotesForRole:
        return d.votesFor.value_or(-1);
    case VotesAgainstRole:
        return d.votesAgainst.value_or(-1);
    case VotesAbstainingRole:
        return d.votesAbstaining.value_or(-1);
    case SummaryRole:
        return summary(d);
    case ConfidentialityRole:
        return d.confidentiality;
    default:
        return {};
    }
}

QHash<int, QByteArray> DecisionListModel::roleNames() const
{
    return {{DecisionIdRole, "decisionId"},
            {TextRole, "decisionText"},
            {OutcomeRole, "outcome"},
            {OutcomeLabelRole, "outcomeLabel"},
            {MethodRole, "method"},
            {MethodLabelRole, "methodLabel"},
            {VotesForRole, "votesFor"},
            {VotesAgainstRole, "votesAgainst"},
            {VotesAbstainingRole, "votesAbstaining"},
            {SummaryRole, "summary"},
            {ConfidentialityRole, "confidentiality"}};
}

QVariantList DecisionListModel::outcomes() const
{
    return Vocabulary::choices(Vocabulary::decisionOutcomes());
}

QVariantList DecisionListModel::methods() const
{
    return Vocabulary::choices(Vocabulary::decisionMethods());
}

Result<Decision> DecisionListModel::fromFields(const QVariantMap &fields)
{
    Decision d;
    d.text = fields.value(QStringLiteral("text")).toString().trimmed();
    d.outcome = fields.value(QStringLiteral("outcome"), d.outcome).toString();
    d.method = fields.value(QStringLiteral("method"), d.method).toString();
    d.confidentiality = fields.value(QStringLiteral("confidentiality"), d.confidentiality).toString();
    // Counts typed before switching away from "vote" are not part of the decision.
    if (d.method == u"vote") {
        Result<std::optional<int>> votesFor = countOf(fields, "votesFor");
        Result<std::optional<int>> votesAgainst = countOf(fields, "votesAgainst");
        Result<std::optional<int>> votesAbstaining = countOf(fields, "votesAbstaining");
        for (const auto *count : {&votesFor, &votesAgainst, &votesAbstaining}) {
            if (!count->ok())
                return count->error();
        }
        d.votesFor = votesFor.value();
        d.votesAgainst = votesAgainst.value();
        d.votesAbstaining = votesAbstaining.value();
    }
    if (Status valid = NoteStore::validate(d); !valid)
        return valid.error();
    return d;
}

QVariantMap DecisionListModel::validate(const QVariantMap &fields) const
{
    const Result<Decision> d = fromFields(fields);
    return d.ok() ? toQmlResult(Status()) : toQmlResult(d.error());
}

QVariantMap DecisionListModel::save(int decisionId, const QVariantMap &fields)
{
    Result<Decision> form = fromFields(fields);
    if (!form.ok())
        return toQmlResult(form.error());
    if (!m_database || m_sessionId <= 0)
        return toQmlResult(Error {tr("Open a session first."), {}, 0});
    Decision d = form.value();
    d.sessionId = m_sessionId;
    const NoteStore store(*m_database);
    Status status;
    if (decisionId > 0) {
        d.id = decisionId;
        for (const Decision &existing : std::as_const(m_decisions)) {
            if (existing.id == decisionId)
                d.position = existing.position;
        }
        status = store.updateDecision(d);
    } else if (Result<qint64> id = store.insertDecision(d, author()); id.ok()) {
        d.id = id.value();
    } else {
        status = id.error();
    }
    return afterWrite(status, d.id);
}

QVariantMap DecisionListModel::remove(int row)
{
    if (!m_database || row < 0 || row >= m_decisions.size())
        return toQmlResult(Error {tr("No such decision."), {}, 0});
    const Status status = NoteStore(*m_database).removeDecision(m_decisions.at(row).id);
    return afterRemove(status);
}

QVariant DecisionListModel::get(int row) const
{
    return rowValues(*this, row);
}

} // namespace Plenary
