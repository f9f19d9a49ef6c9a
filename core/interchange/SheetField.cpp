#include "core/interchange/SheetField.h"

#include "core/domain/ReferenceCodes.h"

#include <QCoreApplication>

namespace waymark {

namespace {

#define L(text) QT_TRANSLATE_NOOP("SheetField", text)

QVector<SheetField> makeFields()
{
    using K = SheetField::Kind;
    using R = SheetField::Record;
    const auto f = [](const char* key, const char* label, K kind, R record, const char* field, const char* codeList,
                      bool required, QStringList headings) {
        return SheetField{QString::fromLatin1(key),   QString::fromLatin1(label),    kind,     record,
                          QString::fromLatin1(field), QString::fromLatin1(codeList), required, std::move(headings)};
    };
    const char* none = "";
    return {
        f("reference", L("Your reference for the person"), K::Text, R::Person, "", none, false,
          {u"reference"_qs, u"ref"_qs, u"client id"_qs, u"client ref"_qs, u"client reference"_qs, u"person id"_qs,
           u"case number"_qs, u"case ref"_qs, u"id"_qs, u"client number"_qs}),
        f("given_name", L("First name"), K::Text, R::Person, "given_name", none, true,
          {u"first name"_qs, u"forename"_qs, u"forenames"_qs, u"given name"_qs, u"first names"_qs, u"firstname"_qs}),
        f("family_name", L("Surname"), K::Text, R::Person, "family_name", none, true,
          {u"surname"_qs, u"last name"_qs, u"family name"_qs, u"lastname"_qs}),
        f("preferred_name", L("Preferred name"), K::Text, R::Person, "preferred_name", none, false,
          {u"preferred name"_qs, u"known as"_qs, u"nickname"_qs}),
        f("date_of_birth", L("Date of birth"), K::Date, R::Person, "date_of_birth", none, false,
          {u"date of birth"_qs, u"dob"_qs, u"d.o.b."_qs, u"birth date"_qs, u"birthday"_qs}),
        f("gender", L("Gender"), K::Code, R::Person, "gender", ReferenceCodes::Gender, false,
          {u"gender"_qs, u"sex"_qs}),
        f("ethnicity", L("Ethnicity"), K::Code, R::Person, "ethnicity", ReferenceCodes::Ethnicity, false,
          {u"ethnicity"_qs, u"ethnic group"_qs, u"ethnic origin"_qs}),
        f("religion", L("Religion"), K::Code, R::Person, "religion", ReferenceCodes::Religion, false,
          {u"religion"_qs, u"religion or belief"_qs, u"faith"_qs}),
        f("sexual_orientation", L("Sexual orientation"), K::Code, R::Person, "sexual_orientation",
          ReferenceCodes::SexualOrientation, false, {u"sexual orientation"_qs, u"sexuality"_qs}),
        f("disability", L("Disability"), K::Code, R::Person, "disability", ReferenceCodes::Disability, false,
          {u"disability"_qs, u"disabled"_qs}),
        f("first_language", L("First language"), K::Text, R::Person, "first_language", none, false,
          {u"first language"_qs, u"language"_qs, u"main language"_qs}),
        f("interpreter_needed", L("Interpreter needed"), K::YesNo, R::Person, "interpreter_needed", none, false,
          {u"interpreter needed"_qs, u"interpreter"_qs, u"needs interpreter"_qs}),
        f("address", L("Address"), K::Text, R::Person, "address", none, false, {u"address"_qs, u"home address"_qs}),
        f("postcode", L("Postcode"), K::Text, R::Person, "postcode", none, false, {u"postcode"_qs, u"post code"_qs}),
        f("phone", L("Phone"), K::Text, R::Person, "phone", none, false,
          {u"phone"_qs, u"telephone"_qs, u"tel"_qs, u"mobile"_qs, u"phone number"_qs, u"contact number"_qs}),
        f("nhs_number", L("NHS number"), K::Text, R::Person, "nhs_number", none, false,
          {u"nhs number"_qs, u"nhs no"_qs, u"nhs"_qs}),
        f("gp_registered", L("Registered with a GP"), K::Code, R::Person, "gp_registered", ReferenceCodes::GpRegistered,
          false, {u"gp registered"_qs, u"registered with gp"_qs, u"registered with a gp"_qs}),
        f("gp_practice", L("GP practice"), K::Text, R::Person, "gp_practice", none, false,
          {u"gp practice"_qs, u"gp"_qs, u"gp surgery"_qs, u"surgery"_qs}),
        f("cpa", L("Care Programme Approach"), K::Code, R::Person, "cpa", ReferenceCodes::Cpa, false,
          {u"cpa"_qs, u"cpa level"_qs, u"care programme approach"_qs}),
        f("tenure", L("Accommodation"), K::Code, R::Person, "tenure", ReferenceCodes::Accommodation, false,
          {u"tenure"_qs, u"accommodation"_qs, u"housing"_qs, u"housing status"_qs}),
        f("referral_date", L("Referral received"), K::Date, R::Referral, "received_at", none, false,
          {u"referral date"_qs, u"date referred"_qs, u"referred on"_qs, u"date of referral"_qs, u"referral received"_qs,
           u"received"_qs}),
        f("referral_source", L("Referral source"), K::Code, R::Referral, "source", ReferenceCodes::ReferralSource,
          false, {u"referral source"_qs, u"source"_qs, u"referred by"_qs, u"source of referral"_qs}),
        f("referrer", L("Referrer"), K::Text, R::Referral, "referrer", none, false,
          {u"referrer"_qs, u"referrer name"_qs, u"referring worker"_qs}),
        f("first_contact_date", L("First contact"), K::Date, R::Referral, "first_contact_at", none, false,
          {u"first contact"_qs, u"first contact date"_qs, u"date of first contact"_qs, u"first contacted"_qs}),
        f("consent", L("Consent to the referral"), K::YesNo, R::Referral, "consent", none, false,
          {u"consent"_qs, u"consent given"_qs}),
        f("contract", L("Contract"), K::Contract, R::SupportPeriod, "contract_id", none, false,
          {u"contract"_qs, u"service"_qs, u"contract code"_qs}),
        f("key_worker", L("Key worker"), K::Staff, R::SupportPeriod, "key_worker_id", none, false,
          {u"key worker"_qs, u"keyworker"_qs, u"worker"_qs, u"support worker"_qs, u"allocated worker"_qs}),
        f("start_date", L("Support started"), K::Date, R::SupportPeriod, "start_date", none, false,
          {u"start date"_qs, u"start"_qs, u"support start"_qs, u"date started"_qs, u"support started"_qs}),
        f("end_date", L("Support ended"), K::Date, R::SupportPeriod, "end_date", none, false,
          {u"end date"_qs, u"end"_qs, u"closed"_qs, u"closure date"_qs, u"date closed"_qs, u"support ended"_qs}),
        f("end_reason", L("Reason support ended"), K::Code, R::SupportPeriod, "end_reason", ReferenceCodes::EndReason,
          false, {u"end reason"_qs, u"reason for closure"_qs, u"closure reason"_qs, u"reason closed"_qs}),
    };
}

#undef L

} // namespace

QString SheetField::displayLabel() const
{
    return QCoreApplication::translate("SheetField", label.toUtf8().constData());
}

const QVector<SheetField>& SheetField::all()
{
    static const QVector<SheetField> fields = makeFields();
    return fields;
}

const SheetField* SheetField::find(const QString& key)
{
    for (const SheetField& field : all())
        if (field.key == key)
            return &field;
    return nullptr;
}

const SheetField* SheetField::forInterchange(const QString& list, const QString& field)
{
    const Record record = list == QLatin1String("service_users") ? Record::Person
                          : list == QLatin1String("referrals")   ? Record::Referral
                                                                 : Record::SupportPeriod;
    if (list != QLatin1String("service_users") && list != QLatin1String("referrals") &&
        list != QLatin1String("support_periods"))
        return nullptr;
    for (const SheetField& candidate : all())
        if (candidate.record == record && candidate.field == field && !field.isEmpty())
            return &candidate;
    return nullptr;
}

QString SheetField::normalized(const QString& text)
{
    QString out;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
    return out;
}

} // namespace waymark
