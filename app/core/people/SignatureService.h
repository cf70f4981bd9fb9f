#pragma once

#include "common/Result.h"
#include "store/Event.h"

#include <QStringList>

namespace ck {

class AccessControl;
class EventLog;
class Store;

// What a person is asked to sign: the meaning, the role they sign in, and the events signed.
struct SignatureRequest
{
    QString meaning;
    QString role;         // empty: the first of the signer's roles that signs with this meaning
    QStringList eventIds; // the record being signed, exactly as stored
    QString userId;       // empty: the signed-in user; a witness gives their own
    QString password;
};

// Who signs, once their credentials have been checked: the fields the signature event carries.
struct Signer
{
    QString userId;
    QString printedName;
    QString role;
    QString meaning;
    QString components;       // "password" or "user id and password"
    bool sessionUser = false; // the signed-in user, not a witness
};

// Electronic signatures (21 CFR 11.50, 11.70, 11.200). A signature is an event in the chain that
// carries the signer, the printed name, the meaning and the hashes of exactly the events it signs,
// so it can neither be cut off its record nor moved to another without `verify` noticing.
class SignatureService
{
public:
    SignatureService(Store &store, EventLog &log, AccessControl &access);

    // Signs records that need nothing else to happen with the signature.
    Result<Event> sign(const SignatureRequest &request);

    // The two halves of sign(), for a signature that is part of another change (a step's
    // signature moves the batch on in the same event). authenticate() checks the credentials
    // and the role, outside any transaction because a failure is recorded; bind() adds the
    // signature to `draft` inside the caller's transaction, refusing what separation of duties
    // forbids; recorded() is called once the event is stored.
    Result<Signer> authenticate(const SignatureRequest &request);
    // `context` says the events are not the signer's subject but the record as it stood when
    // they approved an action of their own (a batch move): separation of duties is then the
    // caller's check, not "nobody signs what they recorded".
    enum class Signs
    {
        Record,
        Context
    };
    Status bind(const Signer &signer, const QStringList &eventIds, EventDraft &draft,
                Signs signs = Signs::Record);
    void recorded(const Signer &signer);

    // Whether the next signature by the signed-in user needs the user id as well as the password.
    bool needsBothComponents() const;

    // "Jane Smith — 2026-11-25 09:14:03 UTC — verified": shown wherever the signed record is.
    static QString manifestation(const QString &printedName, const QString &utc,
                                 const QString &meaning);

private:
    Store &m_store;
    EventLog &m_log;
    AccessControl &m_access;
};

} // namespace ck
