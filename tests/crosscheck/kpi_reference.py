#!/usr/bin/env python3
"""A second implementation of `report kpi --format json`, written from spec/kpi.md alone
(without reading the C++), so that the two can be checked against each other.

usage: kpi_reference.py DB CONTRACT_CODE FROM TO
"""
import json
import sqlite3
import sys
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

INDEPENDENT = {
    "owner_occupier", "private_rented", "council_tenancy", "housing_association",
    "sheltered_housing", "supported_long_term", "family_or_friends_long_term", "mobile_home",
}

LABELS = {
    "paid_work": "Obtained paid work",
    "training_education": "Participating in training or education",
    "meaningful_occupation": "Paid work or training/education (combined)",
    "gp_registered": "Registered with a GP",
    "hospital_admissions": "Admitted to hospital",
    "hospital_days": "Days in hospital",
    "maintained_independence": "Maintained independent living (KPI 1)",
    "planned_move_on": "Planned move-on (KPI 2)",
    "first_contact_48h": "Contacted within 48 hours of referral",
    "enhanced_cpa": "On enhanced CPA",
    "cmht_referrals": "Referred by Camden mental health teams",
    "contact_hours": "Contact hours delivered",
    "new_service_users": "New service users",
    "structured_sessions": "Structured sessions",
    "peer_led_hours": "Peer-led and user-led session hours",
    "befriending_participants": "People in befriending",
    "therapeutic_interventions": "Therapeutic interventions",
    "mainstream_access": "Mainstream access opportunities",
    "social_and_drop_in": "Social clubs, user-led sessions and drop-ins",
    "education_training": "Education and training opportunities",
    "star_mean_distance": "Mean distance travelled (star points)",
}


def round_half_away(x, places):
    """Round a Fraction once, half away from zero; return int (places 0) or float."""
    x = Fraction(x)
    scale = 10 ** places
    y = abs(x) * scale
    n = int(y)  # floor for non-negative
    if y - n >= Fraction(1, 2):
        n += 1
    if x < 0:
        n = -n
    if places == 0:
        return n
    return float(Fraction(n, scale))


def parse_utc(s):
    # 'YYYY-MM-DDTHH:MM:SSZ'
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def local_date(s):
    return parse_utc(s).astimezone(LONDON).date()


def d(s):
    return date.fromisoformat(s) if s is not None else None


def truthy(v):
    return v is not None and v != 0 and v != "0"


def main(argv):
    db, code, f_s, t_s = argv[1:5]
    F, T = date.fromisoformat(f_s), date.fromisoformat(t_s)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row

    c = con.execute("SELECT * FROM contracts WHERE code = ? AND deleted = 0", (code,)).fetchone()
    if c is None:
        print(f"no contract {code}", file=sys.stderr)
        return 1
    cid = c["id"]
    kpi_set = c["kpi_set"]

    # A deleted person's records never count: only live people are read.
    live_users = {r["id"]: r for r in con.execute("SELECT * FROM service_users WHERE deleted = 0")}
    attr = live_users

    # support periods of the contract (not tombstoned, person not tombstoned)
    periods = [dict(r) for r in con.execute(
        "SELECT * FROM support_periods WHERE deleted = 0 AND contract_id = ?", (cid,))
        if r["service_user_id"] in live_users]
    for p in periods:
        p["s"] = d(p["start_date"])
        p["e"] = d(p["end_date"])

    in_period = [p for p in periods if p["s"] <= T and (p["e"] is None or p["e"] >= F)]
    N_people = sorted({p["service_user_id"] for p in in_period})
    N = len(N_people)
    leavers = [p for p in in_period if p["e"] is not None and F <= p["e"] <= T]

    # current period per person
    def cur_key(p):
        return (p["s"], (1, date.min) if p["e"] is None else (0, p["e"]), p["id"])
    current = {}
    for p in in_period:
        u = p["service_user_id"]
        if u not in current or cur_key(p) > cur_key(current[u]):
            current[u] = p

    def ended_within(p):
        return p["e"] is not None and F <= p["e"] <= T

    def pct_row(kid, num, den, target):
        val = None if den == 0 else round_half_away(Fraction(100 * num, den), 1)
        met = None if (target is None or val is None) else (val >= target)
        return {"id": kid, "label": LABELS[kid], "numerator": num, "denominator": den,
                "value": val, "unit": "percent", "target": target, "met": met}

    def other_row(kid, value, unit, denominator=None):
        return {"id": kid, "label": LABELS[kid], "numerator": None, "denominator": denominator,
                "value": value, "unit": unit, "target": None, "met": None}

    # referrals received within period (local date)
    refs = [r for r in con.execute(
        "SELECT * FROM referrals WHERE deleted = 0 AND contract_id = ?", (cid,))
        if r["service_user_id"] in live_users and F <= local_date(r["received_at"]) <= T]

    kpis = []
    if kpi_set == "thurrock-floating-support":
        # outcomes of leavers
        outc = {}
        for r in con.execute("SELECT * FROM outcomes WHERE deleted = 0"):
            outc[(r["support_period_id"], r["code"])] = r

        def ident(pid, code_):
            r = outc.get((pid, code_))
            return r is not None and truthy(r["need_identified"])

        def ach(pid, code_):
            r = outc.get((pid, code_))
            return r is not None and truthy(r["need_identified"]) and truthy(r["achieved"])

        for kid, cd in (("paid_work", "1c"), ("training_education", "2a")):
            den = [p for p in leavers if ident(p["id"], cd)]
            num = [p for p in den if ach(p["id"], cd)]
            kpis.append(pct_row(kid, len(num), len(den), None))
        den = [p for p in leavers if ident(p["id"], "1c") or ident(p["id"], "2a")]
        num = [p for p in den if ach(p["id"], "1c") or ach(p["id"], "2a")]
        kpis.append(pct_row("meaningful_occupation", len(num), len(den), 90))

        num = sum(1 for u in N_people if attr[u]["gp_registered"] == "yes")
        kpis.append(pct_row("gp_registered", num, N, 100))

        Nset = set(N_people)
        stays = [r for r in con.execute("SELECT * FROM hospital_stays WHERE deleted = 0")
                 if r["service_user_id"] in Nset]
        admitted = {r["service_user_id"] for r in stays if F <= d(r["admitted_on"]) <= T}
        kpis.append(pct_row("hospital_admissions", len(admitted), N, None))
        nights = 0
        for r in stays:
            a = d(r["admitted_on"])
            lo = max(a, F)
            if r["discharged_on"] is None:
                hi = T
            else:
                hi = min(d(r["discharged_on"]) - timedelta(days=1), T)
            if hi >= lo:
                nights += (hi - lo).days + 1
        kpis.append(other_row("hospital_days", nights, "days"))

        died = {u for u, p in current.items() if ended_within(p) and p["end_reason"] == "died"}
        num = 0
        for u in N_people:
            if u in died:
                continue
            p = current[u]
            ten = attr[u]["tenure"] or "unknown"
            exa = p["exit_accommodation"] or "unknown"
            if (p["e"] is None or p["e"] > T) and ten in INDEPENDENT:
                num += 1
            elif ended_within(p) and exa in INDEPENDENT:
                num += 1
        kpis.append(pct_row("maintained_independence", num, N - len(died), 85))

        den = [p for p in leavers if truthy(p["accommodation_based"]) and p["end_reason"] != "died"]
        num = [p for p in den if truthy(p["planned_departure"])]
        kpis.append(pct_row("planned_move_on", len(num), len(den), 80))

        hours = c["first_contact_hours"]
        num = 0
        for r in refs:
            if r["first_contact_at"] is None or hours is None:
                continue
            if parse_utc(r["first_contact_at"]) <= parse_utc(r["received_at"]) + timedelta(hours=hours):
                num += 1
        kpis.append(pct_row("first_contact_48h", num, len(refs), 100))

    elif kpi_set == "camden-day-services":
        num = sum(1 for u in N_people if attr[u]["cpa"] == "enhanced")
        kpis.append(pct_row("enhanced_cpa", num, N, 75))
        num = sum(1 for r in refs if r["source"] == "cmht")
        kpis.append(pct_row("cmht_referrals", num, len(refs), 75))

        pids = {p["id"] for p in periods}
        mins = 0
        for r in con.execute("SELECT * FROM appointments WHERE deleted = 0 AND status = 'attended'"):
            if r["support_period_id"] in pids and F <= local_date(r["starts_at"]) <= T:
                mins += r["duration_minutes"]
        kpis.append(other_row("contact_hours", round_half_away(Fraction(mins, 60), 1), "hours"))

        earliest = {}
        for p in periods:
            u = p["service_user_id"]
            if u not in earliest or p["s"] < earliest[u]:
                earliest[u] = p["s"]
        kpis.append(other_row("new_service_users",
                              sum(1 for s in earliest.values() if F <= s <= T), "count"))

        sess = [r for r in con.execute(
            "SELECT * FROM sessions WHERE deleted = 0 AND contract_id = ?", (cid,))
            if F <= local_date(r["starts_at"]) <= T]

        def count_kind(*kinds):
            return sum(1 for s in sess if s["kind"] in kinds)
        kpis.append(other_row("structured_sessions", count_kind("structured"), "count"))
        pm = sum(s["duration_minutes"] for s in sess if s["led_by"] == "peer" or s["kind"] == "peer_led")
        kpis.append(other_row("peer_led_hours", round_half_away(Fraction(pm, 60), 1), "hours"))
        bef = {s["id"] for s in sess if s["kind"] == "befriending"}
        people = {r["service_user_id"] for r in con.execute(
            "SELECT * FROM attendance WHERE deleted = 0")
            if r["session_id"] in bef and truthy(r["attended"]) and r["service_user_id"] in live_users}
        kpis.append(other_row("befriending_participants", len(people), "count"))
        kpis.append(other_row("therapeutic_interventions", count_kind("therapeutic"), "count"))
        kpis.append(other_row("mainstream_access", count_kind("mainstream_access"), "count"))
        kpis.append(other_row("social_and_drop_in", count_kind("social_club", "drop_in", "peer_led"), "count"))
        kpis.append(other_row("education_training", count_kind("education_training"), "count"))

        # star distance
        tpl = c["star_template_id"]
        areas = [r["area_key"] for r in con.execute(
            "SELECT area_key FROM star_template_areas WHERE deleted = 0 AND template_id = ? "
            "ORDER BY position", (tpl,))]
        ipids = {p["id"] for p in in_period}
        by_period = {}
        for a in con.execute("SELECT * FROM star_assessments WHERE deleted = 0 AND template_id = ?", (tpl,)):
            if a["support_period_id"] in ipids and d(a["assessed_on"]) <= T:
                by_period.setdefault(a["support_period_id"], []).append(a)
        scores = {}
        for r in con.execute("SELECT * FROM star_assessment_scores WHERE deleted = 0"):
            if r["score"] is not None:
                scores.setdefault(r["assessment_id"], {})[r["area_key"]] = r["score"]
        totals = []
        for pid, lst in by_period.items():
            if len(lst) < 2:
                continue
            lst.sort(key=lambda a: (a["assessed_on"], a["id"]))
            first, last = scores.get(lst[0]["id"], {}), scores.get(lst[-1]["id"], {})
            totals.append(sum(last[k] - first[k] for k in areas if k in first and k in last))
        val = None if not totals else round_half_away(Fraction(sum(totals), len(totals)), 2)
        kpis.append(other_row("star_mean_distance", val, "points", len(totals)))
    else:
        print(f"unknown kpi_set {kpi_set}", file=sys.stderr)
        return 1

    out = {"contract": code, "kpi_set": kpi_set, "from": f_s, "to": t_s,
           "service_users": N, "kpis": kpis}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
