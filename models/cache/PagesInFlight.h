#pragma once
// The pages of one listing asked for ahead of need (SyncJob asks for the next page while this one
// is read, so the server works meanwhile). Their answers may come back in any order and are
// taken in the order of their offsets; an answer nobody needs any more (a guess past the end, or
// past a page the server made shorter than asked) is dropped as the listing passes it.

#include <QtGlobal>
#include <map>
#include <set>

template<typename Answer>
class PagesInFlight
{
public:
    void ask(qint64 offset)
    {
        m_asked.insert(offset);
        m_lastAsked = qMax(m_lastAsked, offset);
    }
    // Requests on their way.
    int outstanding() const { return int(m_asked.size()); }
    // The next offset to ask for: `needed` (the page the listing waits for) if it is not asked
    // yet, else the page after the last one asked while fewer than `atOnce` pages from `needed`
    // on are asked or parked; -1 when that many are. Answers that came early count, so a slow
    // page holds the listing to `atOnce` pages however fast the ones after it answer.
    qint64 nextToAsk(qint64 needed, qint64 pageSize, int atOnce) const
    {
        if (!isAsked(needed))
            return needed;
        const qint64 ahead = m_lastAsked + pageSize;
        return ahead < needed + atOnce * pageSize ? ahead : -1;
    }
    // Keeps an answer until its turn; false for one not asked for (the listing was cleared).
    bool answered(qint64 offset, Answer answer)
    {
        if (m_asked.erase(offset) == 0)
            return false;
        m_answers.insert_or_assign(offset, std::move(answer));
        return true;
    }
    // The answer for `offset` once it is there (until then empty()), read by mapped(); answers
    // for the offsets before it are dropped.
    using Taken = typename std::map<qint64, Answer>::node_type;
    Taken take(qint64 offset)
    {
        m_answers.erase(m_answers.begin(), m_answers.lower_bound(offset));
        return m_answers.extract(offset);
    }
    // Forgets everything: answers still on their way are refused by answered().
    void clear()
    {
        m_asked.clear();
        m_answers.clear();
        m_lastAsked = -1;
    }

private:
    // Asked and not answered, or answered and not taken yet.
    bool isAsked(qint64 offset) const { return m_asked.count(offset) || m_answers.count(offset); }

    std::set<qint64> m_asked;
    std::map<qint64, Answer> m_answers;
    qint64 m_lastAsked = -1;
};
