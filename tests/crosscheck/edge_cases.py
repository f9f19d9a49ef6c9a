"""Make an edge-case copy of a demo database: python3 edge_cases.py SRC DST SEED

Tombstones in every table, date-times at local midnight and the clock changes, first contacts
at exactly 48 hours, tied current periods, deaths, open and overlapping hospital stays, stars
assessed on one day: what the figures of spec/kpi.md must get right."""
import random, shutil, sqlite3, sys, uuid
from datetime import date, datetime, timedelta
src, dst, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.copy(src, dst)
R = random.Random(seed)
con = sqlite3.connect(dst)
X = con.execute
def nid(): return str(uuid.UUID(int=R.getrandbits(128)))
TS = "2026-11-23T00:00:00Z"
ACC = ["owner_occupier","private_rented","council_tenancy","housing_association","sheltered_housing",
       "supported_long_term","family_or_friends_long_term","mobile_home","supported_short_term",
       "temporary_accommodation","bed_and_breakfast","direct_access_hostel","sofa_surfing","rough_sleeping",
       "residential_care","nursing_home","psychiatric_hospital","general_hospital","custody","unknown",None]
BOUND = ["2024-03-31","2024-04-01","2024-06-30","2024-07-01","2024-09-30","2024-10-01","2024-12-31",
         "2025-01-01","2025-03-31","2025-04-01","2025-06-30","2025-07-01","2025-09-30","2025-10-01",
         "2025-12-31","2026-01-01","2026-03-31","2026-04-01","2026-06-30","2026-07-01","2026-09-30",
         "2026-10-01","2026-12-31","2026-05-17","2026-06-03","2026-03-29","2025-10-26"]
def rdate(lo=date(2023,6,1), hi=date(2026,12,31)):
    if R.random() < 0.35:
        ok = [b for b in BOUND if lo.isoformat() <= b <= hi.isoformat()]
        if ok: return R.choice(ok)
    return (lo + timedelta(days=R.randrange((hi-lo).days+1))).isoformat()
# times near local midnight / DST changes, in UTC
SPECIAL_TS = ["2026-03-31T23:30:00Z","2026-03-31T22:59:59Z","2026-03-31T23:00:00Z","2025-03-31T23:15:00Z",
    "2026-06-30T23:10:00Z","2026-06-30T22:59:00Z","2025-09-30T23:45:00Z","2025-12-31T23:59:59Z",
    "2026-01-01T00:00:00Z","2026-03-29T00:30:00Z","2026-03-29T01:30:00Z","2026-03-28T23:30:00Z",
    "2025-10-26T00:30:00Z","2025-10-26T01:30:00Z","2025-10-25T23:30:00Z","2026-05-16T23:30:00Z",
    "2026-06-03T23:30:00Z","2026-12-31T23:30:00Z","2024-06-30T23:00:00Z","2024-03-31T23:30:00Z",
    "2026-09-30T23:00:00Z","2026-10-25T00:59:59Z","2026-10-25T01:00:00Z","2025-06-30T23:00:00Z"]
def rts():
    if R.random() < 0.3: return R.choice(SPECIAL_TS)
    d = rdate(date(2023,6,1)); return f"{d}T{R.randrange(24):02d}:{R.choice([0,15,30,59]):02d}:00Z"

# 1. move ~40% of camden periods (and their referrals) to thurrock to enrich thurrock data
for (pid, rid) in X("select id, referral_id from support_periods").fetchall():
    if R.random() < 0.4:
        X("update support_periods set contract_id='thurrock-fs' where id=?", (pid,))
        if rid: X("update referrals set contract_id='thurrock-fs' where id=?", (rid,))
# 2. service users
for (uid,) in X("select id from service_users").fetchall():
    if R.random() < 0.3: X("update service_users set tenure=? where id=?", (R.choice(ACC), uid))
    if R.random() < 0.1: X("update service_users set gp_registered=? where id=?", (R.choice(["yes","no","unknown",None]), uid))
    if R.random() < 0.1: X("update service_users set cpa=? where id=?", (R.choice(["enhanced","standard","none","unknown",None]), uid))
# 3. support periods: dates, ends, extra periods, ties
sps = X("select id, service_user_id, contract_id, start_date, end_date from support_periods").fetchall()
cols = [r[1] for r in X("pragma table_info(support_periods)")]
for (pid, uid, cid, s, e) in sps:
    r = R.random()
    if r < 0.25:
        s2 = rdate(date(2023,6,1)); e2 = None if R.random() < 0.3 else rdate(date.fromisoformat(s2), date(2026,12,31))
        X("update support_periods set start_date=?, end_date=? where id=?", (s2, e2, pid)); s, e = s2, e2
    if e is not None or R.random() < 0.2:
        if e is None:
            e = rdate(date.fromisoformat(s)); X("update support_periods set end_date=? where id=?", (e, pid))
        X("update support_periods set end_reason=?, planned_departure=?, accommodation_based=?, exit_accommodation=? where id=?",
          (R.choice(["completed","disengaged","died","died","moved_away","other",None]), R.choice([0,1,1,None]),
           R.choice([0,1,1,None]), R.choice(ACC), pid))
    # add extra periods for same person (ties / multiple in period)
    if R.random() < 0.3:
        row = dict(zip(cols, X("select * from support_periods where id=?", (pid,)).fetchone()))
        row["id"] = nid()
        mode = R.random()
        if mode < 0.4: pass  # same start; maybe different end
        else: row["start_date"] = rdate(date(2023,6,1))
        row["end_date"] = R.choice([None, row["end_date"], rdate(date.fromisoformat(row["start_date"]))])
        if row["end_date"] and row["end_date"] < row["start_date"]: row["end_date"] = row["start_date"]
        row["end_reason"] = R.choice(["completed","died",None,"other"]) if row["end_date"] else None
        row["exit_accommodation"] = R.choice(ACC)
        row["accommodation_based"] = R.choice([0,1,None]); row["planned_departure"] = R.choice([0,1,None])
        row["contract_id"] = R.choice(["thurrock-fs","camden-day"])
        row["referral_id"] = None
        X(f"insert into support_periods ({','.join(cols)}) values ({','.join('?'*len(cols))})", [row[c] for c in cols])
# 4. outcomes: add 1c/2a for thurrock periods, random flags
ocols = [r[1] for r in X("pragma table_info(outcomes)")]
for (pid,) in X("select id from support_periods").fetchall():
    for code in ("1c","2a"):
        if R.random() < 0.5:
            X("insert or ignore into outcomes (id,created_at,updated_at,updated_by,version,deleted,support_period_id,code,need_identified,achieved) values (?,?,?,?,1,0,?,?,?,?)",
              (nid(), TS, TS, "mut", pid, code, R.choice([0,1,1,None]), R.choice([0,1,None])))
for (oid,) in X("select id from outcomes where code in ('1c','2a')").fetchall():
    if R.random() < 0.3:
        X("update outcomes set need_identified=?, achieved=? where id=?", (R.choice([0,1,None]), R.choice([0,1,None]), oid))
# 5. hospital stays
uids = [u for (u,) in X("select id from service_users").fetchall()]
for i in range(400):
    a = rdate(date(2023,6,1))
    disc = R.choice([None, a, rdate(date.fromisoformat(a)), (date.fromisoformat(a)+timedelta(days=R.randrange(1,40))).isoformat()])
    X("insert into hospital_stays (id,created_at,updated_at,updated_by,version,deleted,service_user_id,admitted_on,discharged_on,kind,planned) values (?,?,?,?,1,0,?,?,?,?,0)",
      (nid(), TS, TS, "mut", R.choice(uids), a, disc, "physical"))
# 6. referrals: times and first contacts
for (rid, rec) in X("select id, received_at from referrals").fetchall():
    if R.random() < 0.5:
        rec = rts(); X("update referrals set received_at=? where id=?", (rec, rid))
    base = datetime.strptime(rec, "%Y-%m-%dT%H:%M:%SZ")
    fc = R.choice([None, base + timedelta(hours=48), base + timedelta(hours=48, seconds=1),
                   base + timedelta(hours=47), base + timedelta(hours=49), base + timedelta(hours=R.randrange(0,200)),
                   base - timedelta(hours=1)])
    X("update referrals set first_contact_at=? where id=?", (fc.strftime("%Y-%m-%dT%H:%M:%SZ") if fc else None, rid))
    if R.random() < 0.1: X("update referrals set decision=? where id=?", (R.choice(["pending","accepted","signposted","declined",None]), rid))
    if R.random() < 0.1: X("update referrals set source=? where id=?", (R.choice(["cmht","gp",None]), rid))
# referrals with no support period, plus a referral to thurrock at DST edges
for ts in SPECIAL_TS:
    for cid in ("thurrock-fs","camden-day"):
        base = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ")
        fc = R.choice([None, base + timedelta(hours=48), base + timedelta(hours=48, seconds=1)])
        X("insert into referrals (id,created_at,updated_at,updated_by,version,deleted,service_user_id,contract_id,received_at,source,first_contact_at,decision) values (?,?,?,?,1,0,?,?,?,?,?,?)",
          (nid(), TS, TS, "mut", R.choice(uids), cid, ts, R.choice(["cmht","self"]), fc.strftime("%Y-%m-%dT%H:%M:%SZ") if fc else None, "pending"))
# 7. appointments
for (aid,) in X("select id from appointments").fetchall():
    if R.random() < 0.15: X("update appointments set starts_at=? where id=?", (rts(), aid))
    if R.random() < 0.05: X("update appointments set duration_minutes=? where id=?", (R.choice([1,7,13,719]), aid))
# 8. sessions
for (sid,) in X("select id from sessions").fetchall():
    if R.random() < 0.15: X("update sessions set starts_at=? where id=?", (rts(), sid))
    if R.random() < 0.1: X("update sessions set led_by=? where id=?", (R.choice(["peer","staff","volunteer",None]), sid))
    if R.random() < 0.05: X("update sessions set duration_minutes=? where id=?", (R.choice([1,5,7,11]), sid))
    if R.random() < 0.05: X("update sessions set contract_id='thurrock-fs' where id=?", (sid,))
# 9. star: ties, other template, null scores, later dates
X("insert into star_templates (id,created_at,updated_at,updated_by,version,deleted,name,scale_min,scale_max) values ('other-tpl',?,?,?,1,0,'Other',1,10)", (TS,TS,"mut"))
for (aid, pid) in X("select id, support_period_id from star_assessments").fetchall():
    r = R.random()
    if r < 0.05: X("update star_assessments set template_id='other-tpl' where id=?", (aid,))
    elif r < 0.15: X("update star_assessments set assessed_on=? where id=?", (rdate(), aid))
for (sid,) in X("select id from star_assessment_scores").fetchall():
    r = R.random()
    if r < 0.03: X("update star_assessment_scores set score=NULL where id=?", (sid,))
    elif r < 0.06: X("delete from star_assessment_scores where id=?", (sid,))
# duplicate assessed_on for ties
rows = X("select support_period_id, min(assessed_on) from star_assessments group by 1").fetchall()
for pid, d0 in rows:
    if R.random() < 0.2:
        ids = [a for (a,) in X("select id from star_assessments where support_period_id=?", (pid,)).fetchall()]
        for a in R.sample(ids, min(2, len(ids))):
            X("update star_assessments set assessed_on=? where id=?", (d0, a))
# 10. tombstones everywhere (including parents of children)
for t, p in [("service_users",0.03),("support_periods",0.05),("referrals",0.05),("appointments",0.05),
             ("hospital_stays",0.05),("sessions",0.05),("attendance",0.05),("outcomes",0.05),
             ("star_assessments",0.05),("star_assessment_scores",0.03)]:
    for (i,) in X(f"select id from {t}").fetchall():
        if R.random() < p: X(f"update {t} set deleted=1 where id=?", (i,))
con.commit()
print("made", dst)
