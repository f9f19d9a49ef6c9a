<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
    <context>
        <name>AppointmentService</name>
        <message>
            <source>The support period is no longer on record.</source>
            <translation type="unfinished">সহায়তার সময়কালটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>Enter when the appointment starts.</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্ট কখন শুরু হবে তা লিখুন।</translation>
        </message>
        <message>
            <source>An appointment lasts from 1 minute to 12 hours.</source>
            <translation type="unfinished">একটি অ্যাপয়েন্টমেন্ট 1 মিনিট থেকে 12 ঘণ্টা পর্যন্ত হতে পারে।</translation>
        </message>
        <message>
            <source>Choose the kind of appointment.</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্টের ধরন বেছে নিন।</translation>
        </message>
        <message>
            <source>Choose what happened.</source>
            <translation type="unfinished">কী ঘটেছে তা বেছে নিন।</translation>
        </message>
        <message>
            <source>Choose who the appointment is with.</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্টটি কার সাথে তা বেছে নিন।</translation>
        </message>
        <message>
            <source>This takes the week to %1 hours, over the contract's %2 hours a week: give the reason to go ahead.</source>
            <translation type="unfinished">এতে সপ্তাহের মোট সময় %1 ঘণ্টা হয়ে যায়, যা চুক্তির সাপ্তাহিক %2 ঘণ্টার বেশি: এগিয়ে যেতে কারণটি লিখুন।</translation>
        </message>
        <message>
            <source>The appointment is no longer on record.</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্টটি আর রেকর্ডে নেই।</translation>
        </message>
    </context>
    <context>
        <name>AutomaticBackups</name>
        <message>
            <source>The backup folder %1 cannot be made.</source>
            <translation type="unfinished">ব্যাকআপ ফোল্ডার %1 তৈরি করা যাচ্ছে না।</translation>
        </message>
        <message>
            <source>The backup's keys could not be copied beside it.</source>
            <translation type="unfinished">ব্যাকআপের কী-গুলো এর পাশে কপি করা যায়নি।</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsProcedure</name>
        <message>
            <source>Say whom to contact about a complaint, and how: a name or role, an address, a phone number.</source>
            <translation type="unfinished">অভিযোগ নিয়ে কার সাথে এবং কীভাবে যোগাযোগ করতে হবে তা বলুন: একটি নাম বা পদ, একটি ঠিকানা, একটি ফোন নম্বর।</translation>
        </message>
        <message>
            <source>Between 1 and %1 working days.</source>
            <translation type="unfinished">1 থেকে %1 কর্মদিবসের মধ্যে।</translation>
        </message>
        <message>
            <source>The full reply cannot come before the acknowledgement.</source>
            <translation type="unfinished">প্রাপ্তি স্বীকারের আগে পূর্ণ উত্তর দেওয়া যায় না।</translation>
        </message>
    </context>
    <context>
        <name>ConcernService</name>
        <message>
            <source>The complaint is no longer on record.</source>
            <translation type="unfinished">অভিযোগটি আর রেকর্ডে নেই।</translation>
        </message>
    </context>
    <context>
        <name>CsvSheetReader</name>
        <message>
            <source>%1: the encoding “%2” is not one this computer knows.</source>
            <translation type="unfinished">%1: “%2” এনকোডিংটি এই কম্পিউটারের জানা নেই।</translation>
        </message>
        <message>
            <source>%1 is not written in %2: choose the encoding it was saved in.</source>
            <translation type="unfinished">%1, %2-এ লেখা নয়: এটি যে এনকোডিংয়ে সংরক্ষণ করা হয়েছিল সেটি বেছে নিন।</translation>
        </message>
        <message>
            <source>%1, row %2: a quote mark is out of place (a cell with a quote, a delimiter or a line break in it must be in quotes, its own quotes doubled).</source>
            <translation type="unfinished">%1, সারি %2: একটি উদ্ধৃতিচিহ্ন ভুল জায়গায় আছে (যে ঘরে উদ্ধৃতিচিহ্ন, বিভাজক বা লাইন ব্রেক আছে, সেটি অবশ্যই উদ্ধৃতিচিহ্নের মধ্যে থাকতে হবে, এবং ঘরের নিজের উদ্ধৃতিচিহ্নগুলো দুবার করে লিখতে হবে)।</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation type="unfinished">%1 পড়া যাচ্ছে না: %2</translation>
        </message>
    </context>
    <context>
        <name>CsvTableWriter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished">%1 লেখা যাচ্ছে না: %2</translation>
        </message>
    </context>
    <context>
        <name>DistanceReport</name>
        <message>
            <source>There is no contract with the code %1.</source>
            <translation type="unfinished">%1 কোডের কোনো চুক্তি নেই।</translation>
        </message>
        <message>
            <source>The contract %1 has no star template, so no distance travelled.</source>
            <translation type="unfinished">চুক্তি %1-এর কোনো স্টার টেমপ্লেট নেই, তাই অতিক্রান্ত দূরত্ব (distance travelled) নেই।</translation>
        </message>
        <message>
            <source>The contract's star template %1 is not in this database.</source>
            <translation type="unfinished">চুক্তির স্টার টেমপ্লেট %1 এই ডেটাবেসে নেই।</translation>
        </message>
        <message>
            <source>The period starts after it ends.</source>
            <translation type="unfinished">সময়কালটি শেষ হওয়ার পরে শুরু হচ্ছে।</translation>
        </message>
    </context>
    <context>
        <name>DocumentLanguage</name>
        <message>
            <source>English</source>
            <translation type="unfinished">ইংরেজি</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation type="unfinished">পোলিশ</translation>
        </message>
        <message>
            <source>Bengali</source>
            <translation type="unfinished">বাংলা</translation>
        </message>
    </context>
    <context>
        <name>EncryptedDatabase</name>
        <message>
            <source>%1 already exists; nothing was changed.</source>
            <translation type="unfinished">%1 আগে থেকেই আছে; কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>There are keys at %1 but no database beside them: if the database was moved, move its keys with it. Nothing was changed.</source>
            <translation type="unfinished">%1-এ কী-গুলো আছে কিন্তু তার পাশে কোনো ডেটাবেস নেই: ডেটাবেস সরানো হয়ে থাকলে এর কী-গুলোও সাথে সরান। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
    </context>
    <context>
        <name>FieldRefusal</name>
        <message>
            <source>Nothing was saved: correct the fields marked.</source>
            <translation type="unfinished">কিছুই সংরক্ষণ করা হয়নি: চিহ্নিত ঘরগুলো ঠিক করুন।</translation>
        </message>
    </context>
    <context>
        <name>FormChoices</name>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">রেকর্ড করা হয়নি</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation type="unfinished">জিজ্ঞাসা করা হয়নি</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">হ্যাঁ</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">না</translation>
        </message>
        <message>
            <source>%1, born %2</source>
            <translation type="unfinished">%1, জন্ম %2</translation>
        </message>
    </context>
    <context>
        <name>FormContent</name>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">রেকর্ড করা নেই</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">হ্যাঁ</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">না</translation>
        </message>
        <message>
            <source>Signed _________________________</source>
            <translation type="unfinished">স্বাক্ষর _________________________</translation>
        </message>
        <message>
            <source>Date ___________</source>
            <translation type="unfinished">তারিখ ___________</translation>
        </message>
        <message>
            <source>Support plan</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">নাম</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">জন্ম তারিখ</translation>
        </message>
        <message>
            <source>Key worker</source>
            <translation type="unfinished">কী ওয়ার্কার</translation>
        </message>
        <message>
            <source>Support started</source>
            <translation type="unfinished">সহায়তা শুরুর তারিখ</translation>
        </message>
        <message>
            <source>Plan agreed</source>
            <translation type="unfinished">পরিকল্পনায় সম্মতি</translation>
        </message>
        <message>
            <source>Not yet agreed: a draft for discussion</source>
            <translation type="unfinished">এখনও সম্মতি হয়নি: আলোচনার জন্য একটি খসড়া</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation type="unfinished">পরবর্তী পর্যালোচনা</translation>
        </message>
        <message>
            <source>Needs arising from who I am</source>
            <translation type="unfinished">আমার পরিচয়ের সাথে জড়িত প্রয়োজন</translation>
        </message>
        <message>
            <source>My goals</source>
            <translation type="unfinished">আমার লক্ষ্য</translation>
        </message>
        <message>
            <source>No goals are written in this plan yet.</source>
            <translation type="unfinished">এই পরিকল্পনায় এখনও কোনো লক্ষ্য লেখা হয়নি।</translation>
        </message>
        <message>
            <source>Star area: %1</source>
            <translation type="unfinished">Outcome Star-এর ক্ষেত্র: %1</translation>
        </message>
        <message>
            <source>Goal %1: %2</source>
            <translation type="unfinished">লক্ষ্য %1: %2</translation>
        </message>
        <message>
            <source>How progress is measured</source>
            <translation type="unfinished">অগ্রগতি কীভাবে মাপা হবে</translation>
        </message>
        <message>
            <source>Who does what</source>
            <translation type="unfinished">কে কী করবে</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation type="unfinished">নির্ধারিত তারিখ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">ফলাফল</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished">করণীয় কাজ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">অবস্থা</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation type="unfinished">পর্যালোচনা</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation type="unfinished">তারিখ</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation type="unfinished">কে কে অংশ নিয়েছেন</translation>
        </message>
        <message>
            <source>What the review found</source>
            <translation type="unfinished">পর্যালোচনায় যা পাওয়া গেছে</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation type="unfinished">সম্মতি</translation>
        </message>
        <message>
            <source>I have written this plan with my key worker and I agree with it. I have been given a copy.</source>
            <translation type="unfinished">আমি আমার কী ওয়ার্কারের সাথে এই পরিকল্পনাটি লিখেছি এবং আমি এতে সম্মত। আমাকে এর একটি কপি দেওয়া হয়েছে।</translation>
        </message>
        <message>
            <source>Key worker: %1</source>
            <translation type="unfinished">কী ওয়ার্কার: %1</translation>
        </message>
        <message>
            <source>Risk assessment</source>
            <translation type="unfinished">ঝুঁকি মূল্যায়ন</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation type="unfinished">মূল্যায়নের তারিখ</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation type="unfinished">মূল্যায়ন করেছেন</translation>
        </message>
        <message>
            <source>No risk identified.</source>
            <translation type="unfinished">কোনো ঝুঁকি পাওয়া যায়নি।</translation>
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished">মাত্রা</translation>
        </message>
        <message>
            <source>The risk</source>
            <translation type="unfinished">ঝুঁকি</translation>
        </message>
        <message>
            <source>How it is managed</source>
            <translation type="unfinished">কীভাবে তা সামলানো হয়</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation type="unfinished">স্বাক্ষর</translation>
        </message>
        <message>
            <source>The risks were discussed with the person, who has a copy of this assessment.</source>
            <translation type="unfinished">ঝুঁকিগুলো সংশ্লিষ্ট ব্যক্তির সাথে আলোচনা করা হয়েছে। তাঁর কাছে এই মূল্যায়নের একটি কপি আছে।</translation>
        </message>
        <message>
            <source>Assessor: %1</source>
            <translation type="unfinished">মূল্যায়নকারী: %1</translation>
        </message>
        <message>
            <source>Team leader</source>
            <translation type="unfinished">টিম লিডার</translation>
        </message>
        <message>
            <source>Referral summary</source>
            <translation type="unfinished">রেফারেলের সারসংক্ষেপ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">ঠিকানা</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished">ফোন</translation>
        </message>
        <message>
            <source>The referral</source>
            <translation type="unfinished">রেফারেল</translation>
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished">পাওয়ার তারিখ</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">উৎস</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation type="unfinished">রেফার করেছেন</translation>
        </message>
        <message>
            <source>The person consents</source>
            <translation type="unfinished">ব্যক্তির সম্মতি আছে</translation>
        </message>
        <message>
            <source>Lives in the area</source>
            <translation type="unfinished">এই এলাকায় থাকেন</translation>
        </message>
        <message>
            <source>Willing to engage</source>
            <translation type="unfinished">সহায়তা নিতে আগ্রহী</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation type="unfinished">প্রথম যোগাযোগ</translation>
        </message>
        <message>
            <source>Not yet made</source>
            <translation type="unfinished">এখনও হয়নি</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished">সিদ্ধান্ত</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation type="unfinished">সিদ্ধান্তের তারিখ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">কারণ</translation>
        </message>
        <message>
            <source>Health and communication</source>
            <translation type="unfinished">স্বাস্থ্য ও যোগাযোগ</translation>
        </message>
        <message>
            <source>NHS number</source>
            <translation type="unfinished">NHS নম্বর</translation>
        </message>
        <message>
            <source>Registered with a GP</source>
            <translation type="unfinished">GP-তে নিবন্ধিত</translation>
        </message>
        <message>
            <source>Care Programme Approach</source>
            <translation type="unfinished">সমন্বিত যত্ন কর্মসূচি (CPA)</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation type="unfinished">বাসস্থান</translation>
        </message>
        <message>
            <source>First language</source>
            <translation type="unfinished">প্রথম ভাষা</translation>
        </message>
        <message>
            <source>Interpreter needed</source>
            <translation type="unfinished">দোভাষী প্রয়োজন</translation>
        </message>
        <message>
            <source>In support since %1; key worker %2.</source>
            <translation type="unfinished">%1 থেকে সহায়তা পাচ্ছেন; কী ওয়ার্কার: %2।</translation>
        </message>
        <message>
            <source>Outcome Star</source>
            <translation type="unfinished">Outcome Star</translation>
        </message>
        <message>
            <source>Star</source>
            <translation type="unfinished">স্টার</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation type="unfinished">মূল্যায়নসমূহ</translation>
        </message>
        <message>
            <source>%1, from %2 to %3</source>
            <translation type="unfinished">%1, %2 থেকে %3 পর্যন্ত</translation>
        </message>
        <message>
            <source>Distance travelled</source>
            <translation type="unfinished">অগ্রগতি</translation>
        </message>
        <message>
            <source>not scored in both</source>
            <translation type="unfinished">তুলনা করার মতো স্কোর নেই</translation>
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished">ক্ষেত্র</translation>
        </message>
        <message>
            <source>First</source>
            <translation type="unfinished">প্রথম</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation type="unfinished">সর্বশেষ</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">পরিবর্তন</translation>
        </message>
        <message>
            <source>Total distance travelled: %1 points over the areas scored in both.</source>
            <translation type="unfinished">মোট অগ্রগতি: দুটি মূল্যায়নেই স্কোর দেওয়া ক্ষেত্রগুলোতে %1 পয়েন্ট।</translation>
        </message>
        <message>
            <source>Scores by date</source>
            <translation type="unfinished">তারিখ অনুযায়ী স্কোর</translation>
        </message>
        <message>
            <source>What was said at the latest assessment (%1)</source>
            <translation type="unfinished">সর্বশেষ মূল্যায়নে (%1) যা বলা হয়েছিল</translation>
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished">মন্তব্য</translation>
        </message>
        <message>
            <source>The whole team</source>
            <translation type="unfinished">পুরো টিম</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished">%1 থেকে %2</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation type="unfinished">%1 পর্যন্ত</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">চুক্তি</translation>
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished">সময়কাল</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation type="unfinished">কেসলোড</translation>
        </message>
        <message>
            <source>Support periods with two or more stars</source>
            <translation type="unfinished">দুই বা তার বেশি Outcome Star মূল্যায়ন আছে এমন সহায়তার সময়কাল</translation>
        </message>
        <message>
            <source>Mean total change</source>
            <translation type="unfinished">গড় মোট পরিবর্তন</translation>
        </message>
        <message>
            <source>By area</source>
            <translation type="unfinished">ক্ষেত্র অনুযায়ী</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation type="unfinished">সময়কাল</translation>
        </message>
        <message>
            <source>Mean first</source>
            <translation type="unfinished">গড় (প্রথম)</translation>
        </message>
        <message>
            <source>Mean latest</source>
            <translation type="unfinished">গড় (সর্বশেষ)</translation>
        </message>
        <message>
            <source>Mean change</source>
            <translation type="unfinished">গড় পরিবর্তন</translation>
        </message>
        <message>
            <source>For each support period in the period with two or more assessments with the contract's star on or before its end: change = latest score minus first score, for each area scored in both. Means are of the exact values, rounded once to two decimals. Areas no period scored twice are left blank.</source>
            <translation type="unfinished">নির্বাচিত সময়ের মধ্যে প্রতিটি সহায়তার সময়কালের জন্য, যেখানে সেই সময় শেষ হওয়ার দিন বা তার আগে চুক্তিতে নির্ধারিত স্টার দিয়ে দুই বা তার বেশি মূল্যায়ন হয়েছে: পরিবর্তন = সর্বশেষ স্কোর বিয়োগ প্রথম স্কোর, দুটি মূল্যায়নেই স্কোর দেওয়া প্রতিটি ক্ষেত্রের জন্য। গড় হিসাব করা হয় সঠিক মান থেকে, এবং শুধু একবার দুই দশমিক ঘর পর্যন্ত রাউন্ড করা হয়। যে ক্ষেত্রগুলোতে কোনো সময়কালেই দুবার স্কোর দেওয়া হয়নি, সেগুলো ফাঁকা রাখা হয়েছে।</translation>
        </message>
        <message>
            <source>Your appointment</source>
            <translation type="unfinished">আপনার অ্যাপয়েন্টমেন্ট</translation>
        </message>
        <message>
            <source>1 hour %2 minutes</source>
            <translation type="unfinished">এক ঘণ্টা %2 মিনিট</translation>
        </message>
        <message>
            <source>%1 hours %2 minutes</source>
            <translation type="unfinished">%1 ঘণ্টা %2 মিনিট</translation>
        </message>
        <message>
            <source>an hour</source>
            <translation type="unfinished">এক ঘণ্টা</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation type="unfinished">%1 ঘণ্টা</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation type="unfinished">%1 মিনিট</translation>
        </message>
        <message>
            <source>Dear %1,</source>
            <translation type="unfinished">প্রিয় %1,</translation>
        </message>
        <message>
            <source>This is to confirm your next appointment with %1:</source>
            <translation type="unfinished">এই চিঠির মাধ্যমে %1-এর সাথে আপনার পরবর্তী অ্যাপয়েন্টমেন্ট নিশ্চিত করা হচ্ছে:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished">দিন</translation>
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished">সময়</translation>
        </message>
        <message>
            <source>How long</source>
            <translation type="unfinished">কতক্ষণ</translation>
        </message>
        <message>
            <source>Kind of appointment</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্টের ধরন</translation>
        </message>
        <message>
            <source>If you cannot come, or would like to change the time, please let %1 know as soon as you can so that we can arrange another.</source>
            <translation type="unfinished">আপনি যদি আসতে না পারেন, বা সময় বদলাতে চান, তাহলে অনুগ্রহ করে যত তাড়াতাড়ি সম্ভব %1-কে জানান, যাতে আমরা অন্য একটি সময় ঠিক করতে পারি।</translation>
        </message>
        <message>
            <source>Yours sincerely,</source>
            <translation type="unfinished">শুভেচ্ছান্তে,</translation>
        </message>
        <message>
            <source>How to make a complaint</source>
            <translation type="unfinished">কীভাবে অভিযোগ জানাবেন</translation>
        </message>
        <message>
            <source>the council</source>
            <translation type="unfinished">কাউন্সিল</translation>
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished">প্রাপক</translation>
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished">সেবা</translation>
        </message>
        <message>
            <source>You have the right to complain about the support you get from %1. Making a complaint will not affect your support in any way.</source>
            <translation type="unfinished">%1-এর কাছ থেকে আপনি যে সহায়তা পান, সে বিষয়ে অভিযোগ জানানোর অধিকার আপনার আছে। অভিযোগ জানালে আপনার সহায়তায় কোনোভাবেই প্রভাব পড়বে না।</translation>
        </message>
        <message>
            <source>Telling us</source>
            <translation type="unfinished">কীভাবে আমাদের জানাবেন</translation>
        </message>
        <message>
            <source>You can tell your key worker or any member of staff, in person, by phone, in writing or by email. Someone else can complain for you: a friend, a relative or an advocate.</source>
            <translation type="unfinished">আপনি আপনার কী ওয়ার্কার বা যেকোনো কর্মীকে সামনাসামনি, ফোনে, লিখে বা ইমেইলে জানাতে পারেন। অন্য কেউও আপনার হয়ে অভিযোগ জানাতে পারেন: একজন বন্ধু, একজন আত্মীয় বা একজন অ্যাডভোকেট (যিনি আপনার পক্ষে কথা বলেন)।</translation>
        </message>
        <message>
            <source>Or contact the person who deals with complaints:</source>
            <translation type="unfinished">অথবা যিনি অভিযোগ দেখাশোনা করেন, তাঁর সাথে যোগাযোগ করুন:</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished">অভিযোগ</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation type="unfinished">এরপর কী হবে</translation>
        </message>
        <message>
            <source>We will tell you that we have your complaint within %1 working days, and give you a full answer within %2 working days. If we need longer, we will tell you why and when you will hear from us.</source>
            <translation type="unfinished">আপনার অভিযোগ পেয়েছি বলে আমরা %1 কর্মদিবসের মধ্যে আপনাকে জানাব, এবং %2 কর্মদিবসের মধ্যে আপনাকে পূর্ণ উত্তর দেব। যদি আমাদের আরও সময় লাগে, তাহলে আমরা আপনাকে জানাব কেন, এবং কবে আপনি আমাদের কাছ থেকে খবর পাবেন।</translation>
        </message>
        <message>
            <source>Going to the council</source>
            <translation type="unfinished">কাউন্সিলের কাছে অভিযোগ</translation>
        </message>
        <message>
            <source>%1 pays for this service. You can complain to the council directly, at any time: you do not have to complain to us first. The council can look into a complaint at any stage.</source>
            <translation type="unfinished">%1 এই সেবার খরচ বহন করে। আপনি যেকোনো সময় সরাসরি কাউন্সিলের কাছে অভিযোগ জানাতে পারেন: আগে আমাদের কাছে অভিযোগ জানাতে হবে না। কাউন্সিল যেকোনো পর্যায়ে একটি অভিযোগ খতিয়ে দেখতে পারে।</translation>
        </message>
        <message>
            <source>Ask your key worker for the council's address and phone number.</source>
            <translation type="unfinished">কাউন্সিলের ঠিকানা ও ফোন নম্বরের জন্য আপনার কী ওয়ার্কারকে জিজ্ঞাসা করুন।</translation>
        </message>
        <message>
            <source>If you are not happy with the council's answer, you can ask the Local Government and Social Care Ombudsman to look at your complaint. It is free.</source>
            <translation type="unfinished">কাউন্সিলের উত্তরে আপনি সন্তুষ্ট না হলে, আপনার অভিযোগটি খতিয়ে দেখার জন্য Local Government and Social Care Ombudsman (স্থানীয় সরকার ও সামাজিক পরিচর্যা ন্যায়পাল)-কে অনুরোধ করতে পারেন। এর জন্য কোনো খরচ লাগে না।</translation>
        </message>
        <message>
            <source>Help with a complaint</source>
            <translation type="unfinished">অভিযোগ জানাতে সাহায্য</translation>
        </message>
        <message>
            <source>This information is also printed in large print and in %1. If you need an interpreter, help to write your complaint, or this information in another way, ask your key worker.</source>
            <translation type="unfinished">এই তথ্য বড় অক্ষরে এবং %1 ভাষাতেও ছাপানো আছে। যদি আপনার একজন দোভাষী, অভিযোগ লিখতে সাহায্য, বা অন্য কোনোভাবে এই তথ্য প্রয়োজন হয়, তাহলে আপনার কী ওয়ার্কারকে বলুন।</translation>
        </message>
        <message>
            <source>Given to you</source>
            <translation type="unfinished">আপনাকে দেওয়া হয়েছে</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation type="unfinished">পরিসংখ্যান</translation>
        </message>
        <message>
            <source>Notes and definitions</source>
            <translation type="unfinished">নোট ও সংজ্ঞা</translation>
        </message>
    </context>
    <context>
        <name>FormPrinter</name>
        <message>
            <source>Print preview: %1</source>
            <translation type="unfinished">প্রিন্টের পূর্বরূপ: %1</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished">ভাষা (&amp;L):</translation>
        </message>
        <message>
            <source>Language of the form</source>
            <translation type="unfinished">ফর্মের ভাষা</translation>
        </message>
        <message>
            <source>Lar&amp;ge print</source>
            <translation type="unfinished">বড় অক্ষরে ছাপা (&amp;G)</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation type="unfinished">প্রিন্টের পূর্বরূপ</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation type="unfinished">প্রিন্টের তারিখ: %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished">পৃষ্ঠা %1 (মোট %2)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished">%1 সংরক্ষণ করা যাচ্ছে না: %2</translation>
        </message>
        <message>
            <source>The PDF %1 could not be written.</source>
            <translation type="unfinished">PDF %1 সংরক্ষণ করা যায়নি।</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation type="unfinished">প্রিন্ট করার মতো কিছু নেই</translation>
        </message>
    </context>
    <context>
        <name>KpiDefinition</name>
        <message>
            <source>Floating support hard outcomes (Thurrock Appendix 1)</source>
            <translation type="unfinished">ফ্লোটিং সাপোর্টের সুনির্দিষ্ট (হার্ড) ফলাফল (Thurrock পরিশিষ্ট 1)</translation>
        </message>
        <message>
            <source>Day services outputs and outcomes (Camden 6.4, 14.2, 14.3)</source>
            <translation type="unfinished">ডে সার্ভিসের আউটপুট ও ফলাফল (Camden 6.4, 14.2, 14.3)</translation>
        </message>
    </context>
    <context>
        <name>NoteService</name>
        <message>
            <source>The note is empty: write what happened.</source>
            <translation type="unfinished">নোটটি খালি: কী ঘটেছে তা লিখুন।</translation>
        </message>
        <message>
            <source>Choose who wrote the note.</source>
            <translation type="unfinished">নোটটি কে লিখেছেন তা বেছে নিন।</translation>
        </message>
        <message>
            <source>A note belongs to a support period; this one is no longer on record.</source>
            <translation type="unfinished">প্রতিটি নোট একটি সহায়তার সময়কালের অংশ; এই সময়কালটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>The note is no longer on record.</source>
            <translation type="unfinished">নোটটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>A note can only be changed on the day it was written (%1). Add a correction instead.</source>
            <translation type="unfinished">নোট কেবল যেদিন লেখা হয়েছে সেদিনই (%1) পরিবর্তন করা যায়। এর বদলে একটি সংশোধনী যোগ করুন।</translation>
        </message>
    </context>
    <context>
        <name>PersonStar</name>
        <message>
            <source>The star template %1 is not in this database.</source>
            <translation type="unfinished">স্টার টেমপ্লেট %1 এই ডেটাবেসে নেই।</translation>
        </message>
    </context>
    <context>
        <name>PrintedForms</name>
        <message>
            <source>There is no service user with the id %1.</source>
            <translation type="unfinished">আইডি %1-এর কোনো সেবাগ্রহীতা নেই।</translation>
        </message>
        <message>
            <source>%1 has never been in support, so has no support plan.</source>
            <translation type="unfinished">%1 কখনও সহায়তায় ছিলেন না, তাই তাঁর কোনো সহায়তা পরিকল্পনা নেই।</translation>
        </message>
        <message>
            <source>No support plan is written for %1 yet.</source>
            <translation type="unfinished">%1-এর জন্য এখনও কোনো সহায়তা পরিকল্পনা লেখা হয়নি।</translation>
        </message>
        <message>
            <source>No risk assessment is recorded for %1 yet.</source>
            <translation type="unfinished">%1-এর জন্য এখনও কোনো ঝুঁকি মূল্যায়ন রেকর্ড করা হয়নি।</translation>
        </message>
        <message>
            <source>No referral is recorded for %1.</source>
            <translation type="unfinished">%1-এর জন্য কোনো রেফারেল রেকর্ড করা নেই।</translation>
        </message>
        <message>
            <source>No Outcome Star is recorded for %1 yet.</source>
            <translation type="unfinished">%1-এর জন্য এখনও কোনো Outcome Star রেকর্ড করা হয়নি।</translation>
        </message>
        <message>
            <source>%1 has no appointment booked from now on to write a letter about.</source>
            <translation type="unfinished">এখন থেকে %1-এর এমন কোনো অ্যাপয়েন্টমেন্ট বুক করা নেই, যা নিয়ে চিঠি লেখা যায়।</translation>
        </message>
        <message>
            <source>The complaints procedure has no one to contact yet: an administrator sets it in Admin, Complaints procedure.</source>
            <translation type="unfinished">অভিযোগ জানানোর পদ্ধতিতে এখনও যোগাযোগের জন্য কাউকে নির্ধারণ করা হয়নি: একজন অ্যাডমিনিস্ট্রেটর অ্যাডমিন বিভাগে, অভিযোগ জানানোর পদ্ধতি-তে এটি নির্ধারণ করেন।</translation>
        </message>
        <message>
            <source>Unknown form.</source>
            <translation type="unfinished">অজানা ফর্ম।</translation>
        </message>
        <message>
            <source>The risk assessment is no longer on record.</source>
            <translation type="unfinished">ঝুঁকি মূল্যায়নটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>The assessment's support period is no longer on record.</source>
            <translation type="unfinished">মূল্যায়নটির সহায়তার সময়কাল আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>The appointment is no longer on record.</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্টটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>The appointment's support period is no longer on record.</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্টটির সহায়তার সময়কাল আর রেকর্ডে নেই।</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>No one with id "%1" is on record.</source>
            <translation type="unfinished">"%1" আইডি-র কেউ রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">হ্যাঁ</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">না</translation>
        </message>
        <message>
            <source>The records we hold about you</source>
            <translation type="unfinished">আপনার সম্পর্কে আমাদের কাছে থাকা রেকর্ড</translation>
        </message>
        <message>
            <source>This is everything recorded about %1, as asked for under the UK GDPR (a subject access request). Where a record mentioned someone else who uses the service, their name is shown as %2.</source>
            <translation type="unfinished">এটি UK GDPR-এর অধীনে অনুরোধ অনুযায়ী (সাবজেক্ট অ্যাক্সেস রিকোয়েস্ট) %1 সম্পর্কে রেকর্ড করা সবকিছু। কোনো রেকর্ডে সেবা ব্যবহারকারী অন্য কারো উল্লেখ থাকলে, তাঁর নাম %2 হিসেবে দেখানো হয়েছে।</translation>
        </message>
        <message>
            <source>Who has looked at your records</source>
            <translation type="unfinished">কে আপনার রেকর্ড দেখেছেন</translation>
        </message>
        <message>
            <source>Nobody has opened, printed or exported your records in Waymark.</source>
            <translation type="unfinished">Waymark-এ কেউ আপনার রেকর্ড খোলেননি, প্রিন্ট করেননি বা এক্সপোর্ট করেননি।</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">কখন</translation>
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished">কে</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished">কী</translation>
        </message>
        <message>
            <source>Subject access request</source>
            <translation type="unfinished">সাবজেক্ট অ্যাক্সেস রিকোয়েস্ট</translation>
        </message>
        <message>
            <source>The seed contracts are missing from this build.</source>
            <translation type="unfinished">এই বিল্ডে প্রারম্ভিক (seed) চুক্তিগুলো নেই।</translation>
        </message>
        <message>
            <source>the seed contracts</source>
            <translation type="unfinished">প্রারম্ভিক (seed) চুক্তিগুলো</translation>
        </message>
        <message>
            <source>the demo caseload</source>
            <translation type="unfinished">ডেমো কেসলোড</translation>
        </message>
        <message>
            <source>Riverside Wellbeing Trust (demo)</source>
            <translation type="unfinished">Riverside Wellbeing Trust (ডেমো)</translation>
        </message>
        <message>
            <source>No service user was named.</source>
            <translation type="unfinished">কোনো সেবাগ্রহীতার নাম দেওয়া হয়নি।</translation>
        </message>
        <message>
            <source>There is no service user with the id %1.</source>
            <translation type="unfinished">%1 আইডি-র কোনো সেবাগ্রহীতা নেই।</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation type="unfinished">%1 লেখা যাচ্ছে না: %2</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2</source>
            <translation type="unfinished">%1 সংরক্ষণ করা যায়নি: %2</translation>
        </message>
        <message>
            <source>The calendar could not be written to %1: %2</source>
            <translation type="unfinished">ক্যালেন্ডারটি %1-এ লেখা যায়নি: %2</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation type="unfinished">%1 বিদ্যমান নেই।</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation type="unfinished">%1 পড়া যাচ্ছে না: %2</translation>
        </message>
        <message>
            <source>%1 was not imported: %2 Nothing was changed.</source>
            <translation type="unfinished">%1 ইমপোর্ট করা হয়নি: %2 কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n new record(s) stored together</source>
            <translation type="unfinished">
                <numerusform>%1: %n টি নতুন রেকর্ড একসাথে সংরক্ষণ করা হয়েছে</numerusform>
                <numerusform>%1: %n টি নতুন রেকর্ড একসাথে সংরক্ষণ করা হয়েছে</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 was not imported: 1 problem was found. Nothing was changed.</source>
            <translation type="unfinished">%1 ইমপোর্ট করা হয়নি: 1টি সমস্যা পাওয়া গেছে। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>%1 was not imported: %2 problems were found. Nothing was changed.</source>
            <translation type="unfinished">%1 ইমপোর্ট করা হয়নি: %2টি সমস্যা পাওয়া গেছে। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished">টেক্সট</translation>
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished">একটি সংখ্যা</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation type="unfinished">true/false</translation>
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished">একটি তালিকা</translation>
        </message>
        <message>
            <source>an object</source>
            <translation type="unfinished">একটি অবজেক্ট</translation>
        </message>
        <message>
            <source>null</source>
            <translation type="unfinished">null</translation>
        </message>
        <message>
            <source>is required and must be "waymark"</source>
            <translation type="unfinished">আবশ্যক এবং অবশ্যই "waymark" হতে হবে</translation>
        </message>
        <message>
            <source>must be "waymark"</source>
            <translation type="unfinished">অবশ্যই "waymark" হতে হবে</translation>
        </message>
        <message>
            <source>is required and must be %1</source>
            <translation type="unfinished">আবশ্যক এবং অবশ্যই %1 হতে হবে</translation>
        </message>
        <message>
            <source>must be %1 (this version of Waymark reads format version %1)</source>
            <translation type="unfinished">অবশ্যই %1 হতে হবে (Waymark-এর এই সংস্করণ ফরম্যাট সংস্করণ %1 পড়ে)</translation>
        </message>
        <message>
            <source>must be a UTC date-time like 2026-07-01T09:00:00Z</source>
            <translation type="unfinished">অবশ্যই 2026-07-01T09:00:00Z-এর মতো একটি UTC তারিখ-সময় হতে হবে</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation type="unfinished">অজানা কী (key)</translation>
        </message>
        <message>
            <source>is required</source>
            <translation type="unfinished">আবশ্যক</translation>
        </message>
        <message>
            <source>must be %1, not %2</source>
            <translation type="unfinished">অবশ্যই %1 হতে হবে, %2 নয়</translation>
        </message>
        <message>
            <source>must be %1 to %2</source>
            <translation type="unfinished">অবশ্যই %1 থেকে %2 এর মধ্যে হতে হবে</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation type="unfinished">খালি রাখা যাবে না</translation>
        </message>
        <message>
            <source>must be a date like 2026-07-01</source>
            <translation type="unfinished">অবশ্যই 2026-07-01-এর মতো একটি তারিখ হতে হবে</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation type="unfinished">অবশ্যই একটি পূর্ণসংখ্যা হতে হবে</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation type="unfinished">একটি পূর্ণসংখ্যা</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished">true অথবা false</translation>
        </message>
        <message>
            <source>a code</source>
            <translation type="unfinished">একটি কোড</translation>
        </message>
        <message>
            <source>%1 is not a code of %2 (%3)</source>
            <translation type="unfinished">%1, %2-এর কোনো কোড নয় (%3)</translation>
        </message>
        <message>
            <source>an object of area keys</source>
            <translation type="unfinished">ক্ষেত্রগুলোর কী (key) সহ একটি অবজেক্ট</translation>
        </message>
        <message>
            <source>must be a list of areas</source>
            <translation type="unfinished">অবশ্যই ক্ষেত্রগুলোর একটি তালিকা হতে হবে</translation>
        </message>
        <message>
            <source>must have at least one area</source>
            <translation type="unfinished">অন্তত একটি ক্ষেত্র থাকতে হবে</translation>
        </message>
        <message>
            <source>must be an object with key, name and description</source>
            <translation type="unfinished">অবশ্যই key, name ও description সহ একটি অবজেক্ট হতে হবে</translation>
        </message>
        <message>
            <source>%1 is also the key of %2[%3]</source>
            <translation type="unfinished">%1 হলো %2[%3]-এরও কী (key)</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation type="unfinished">অবশ্যই টেক্সট হতে হবে</translation>
        </message>
        <message>
            <source>must be a list of stages</source>
            <translation type="unfinished">অবশ্যই ধাপগুলোর একটি তালিকা হতে হবে</translation>
        </message>
        <message>
            <source>must be an object with from, to and name</source>
            <translation type="unfinished">অবশ্যই from, to ও name সহ একটি অবজেক্ট হতে হবে</translation>
        </message>
        <message>
            <source>must be %1 to %2 (the template's scale)</source>
            <translation type="unfinished">অবশ্যই %1 থেকে %2 এর মধ্যে হতে হবে (টেমপ্লেটের স্কেল)</translation>
        </message>
        <message>
            <source>must not be below from</source>
            <translation type="unfinished">from-এর চেয়ে কম হওয়া যাবে না</translation>
        </message>
        <message>
            <source>must be an object with the keys %1</source>
            <translation type="unfinished">অবশ্যই %1 কী (key) সহ একটি অবজেক্ট হতে হবে</translation>
        </message>
        <message>
            <source>unknown key (the needs are %1)</source>
            <translation type="unfinished">অজানা কী (key) (চাহিদাগুলো হলো %1)</translation>
        </message>
        <message>
            <source>must be text (a description, or "none identified")</source>
            <translation type="unfinished">অবশ্যই টেক্সট হতে হবে (একটি বর্ণনা, অথবা "none identified")</translation>
        </message>
        <message>
            <source>must be a list of tasks</source>
            <translation type="unfinished">অবশ্যই কাজগুলোর একটি তালিকা হতে হবে</translation>
        </message>
        <message>
            <source>must be a task's text</source>
            <translation type="unfinished">অবশ্যই একটি কাজের টেক্সট হতে হবে</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation type="unfinished">অবশ্যই একটি তালিকা হতে হবে</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation type="unfinished">অবশ্যই একটি অবজেক্ট হতে হবে</translation>
        </message>
        <message>
            <source>%1 is already given at %2[%3]</source>
            <translation type="unfinished">%1 আগেই %2[%3]-এ দেওয়া আছে</translation>
        </message>
        <message>
            <source>%1 is also the id of %2[%3]</source>
            <translation type="unfinished">%1 হলো %2[%3]-এরও আইডি</translation>
        </message>
        <message>
            <source>must not be before %1</source>
            <translation type="unfinished">%1-এর আগে হওয়া যাবে না</translation>
        </message>
        <message>
            <source>must be above scale_min</source>
            <translation type="unfinished">অবশ্যই scale_min-এর চেয়ে বেশি হতে হবে</translation>
        </message>
        <message>
            <source>%1 is also used by %2[%3]</source>
            <translation type="unfinished">%1, %2[%3]-ও ব্যবহার করছে</translation>
        </message>
        <message>
            <source>%1 is already used by the record with id %2 in the database</source>
            <translation type="unfinished">%1 ইতিমধ্যে ডেটাবেসে %2 আইডি-র রেকর্ডটি ব্যবহার করছে</translation>
        </message>
        <message>
            <source>could not be read again as it was first read: the file changed or could not be read while it was imported</source>
            <translation type="unfinished">প্রথমবার যেভাবে পড়া হয়েছিল সেভাবে আবার পড়া যায়নি: ইমপোর্টের সময় ফাইলটি বদলে গেছে বা পড়া যায়নি</translation>
        </message>
        <message>
            <source>no %1 record has the id %2</source>
            <translation type="unfinished">কোনো %1 রেকর্ডের আইডি %2 নয়</translation>
        </message>
        <message>
            <source>is not an area of the star template %1</source>
            <translation type="unfinished">স্টার টেমপ্লেট %1-এর কোনো ক্ষেত্র নয়</translation>
        </message>
        <message>
            <source>must be a whole number from %1 to %2</source>
            <translation type="unfinished">অবশ্যই %1 থেকে %2 এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে</translation>
        </message>
        <message>
            <source>%1 could not be read to its end. Nothing was imported.</source>
            <translation type="unfinished">%1 শেষ পর্যন্ত পড়া যায়নি। কিছুই ইমপোর্ট করা হয়নি।</translation>
        </message>
        <message>
            <source>values are nested more than %1 deep</source>
            <translation type="unfinished">মানগুলো %1 স্তরের চেয়ে বেশি গভীরে নেস্ট করা আছে</translation>
        </message>
        <message>
            <source>a number too large to read</source>
            <translation type="unfinished">পড়ার পক্ষে খুব বড় একটি সংখ্যা</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at line %3, column %4. Nothing was imported.</source>
            <translation type="unfinished">%1 বৈধ JSON নয়: লাইন %3, কলাম %4-এ %2। কিছুই ইমপোর্ট করা হয়নি।</translation>
        </message>
        <message>
            <source>%1 is not a Waymark interchange file: it must hold one JSON object. Nothing was imported.</source>
            <translation type="unfinished">%1 কোনো Waymark ইন্টারচেঞ্জ ফাইল নয়: এতে অবশ্যই একটি JSON অবজেক্ট থাকতে হবে। কিছুই ইমপোর্ট করা হয়নি।</translation>
        </message>
        <message>
            <source>Your role does not allow %1. Ask a team leader or the administrator.</source>
            <translation type="unfinished">আপনার ভূমিকায় %1 অনুমোদিত নয়। একজন টিম লিডার বা অ্যাডমিনিস্ট্রেটরকে বলুন।</translation>
        </message>
        <message>
            <source>[name removed]</source>
            <translation type="unfinished">[নাম মুছে ফেলা হয়েছে]</translation>
        </message>
        <message>
            <source>The account "%1" belongs to someone no longer on the staff list. Ask the administrator to open it again.</source>
            <translation type="unfinished">"%1" অ্যাকাউন্টটি এমন একজনের, যিনি আর কর্মী তালিকায় নেই। এটি আবার চালু করতে অ্যাডমিনিস্ট্রেটরকে বলুন।</translation>
        </message>
        <message>
            <source>The team server signed you in as "%1", but that sign-in is not given to anyone on Waymark's staff list, so Waymark does not open for it. Ask your Waymark administrator to give it to you (Admin, Staff, Give a sign-in).</source>
            <translation type="unfinished">টিম সার্ভার আপনাকে "%1" হিসেবে সাইন ইন করিয়েছে, কিন্তু এই সাইন-ইন Waymark-এর কর্মী তালিকার কাউকে দেওয়া হয়নি, তাই এটি দিয়ে Waymark খোলে না। আপনার Waymark অ্যাডমিনিস্ট্রেটরকে এটি আপনাকে দিতে বলুন (অ্যাডমিন, কর্মী, সাইন-ইন দিন)।</translation>
        </message>
        <message>
            <source>This person is not on your caseload, so their record does not open for you. Their key worker or a team leader can see it.</source>
            <translation type="unfinished">এই ব্যক্তি আপনার কেসলোডে নেই, তাই তাঁর রেকর্ড আপনার জন্য খোলে না। তাঁর কী ওয়ার্কার বা একজন টিম লিডার এটি দেখতে পারেন।</translation>
        </message>
        <message>
            <source>seeing the sign-in accounts</source>
            <translation type="unfinished">সাইন-ইন অ্যাকাউন্টগুলো দেখা</translation>
        </message>
        <message>
            <source>giving someone a sign-in</source>
            <translation type="unfinished">কাউকে সাইন-ইন দেওয়া</translation>
        </message>
        <message>
            <source>On a team server the password is the server's own: its administrator sets it (ALTER ROLE ... PASSWORD), and Waymark never sees it.</source>
            <translation type="unfinished">টিম সার্ভারে পাসওয়ার্ডটি সার্ভারের নিজস্ব: এর অ্যাডমিনিস্ট্রেটর এটি সেট করেন (ALTER ROLE ... PASSWORD), এবং Waymark কখনো এটি দেখে না।</translation>
        </message>
        <message>
            <source>This database is not encrypted, so nobody signs in to it: a demo database is open to whoever has the file.</source>
            <translation type="unfinished">এই ডেটাবেসটি এনক্রিপ্ট করা নয়, তাই এতে কেউ সাইন ইন করেন না: ডেমো ডেটাবেস যার কাছে ফাইলটি আছে তার জন্যই খোলা।</translation>
        </message>
        <message>
            <source>"%1" is already someone else's sign-in: choose another name.</source>
            <translation type="unfinished">"%1" ইতিমধ্যে অন্য কারো সাইন-ইন: অন্য একটি নাম বেছে নিন।</translation>
        </message>
        <message>
            <source>removing a sign-in</source>
            <translation type="unfinished">সাইন-ইন সরানো</translation>
        </message>
        <message>
            <source>Type the name of the sign-in the team server's administrator made for them.</source>
            <translation type="unfinished">টিম সার্ভারের অ্যাডমিনিস্ট্রেটর তাঁর জন্য যে সাইন-ইন তৈরি করেছেন, তার নাম লিখুন।</translation>
        </message>
        <message>
            <source>The team server has no sign-in "%1". Its administrator makes it first (for example createuser --pwprompt %1), then it can be given here.</source>
            <translation type="unfinished">টিম সার্ভারে "%1" নামে কোনো সাইন-ইন নেই। প্রথমে এর অ্যাডমিনিস্ট্রেটর এটি তৈরি করবেন (যেমন createuser --pwprompt %1), তারপর এখানে এটি দেওয়া যাবে।</translation>
        </message>
        <message>
            <source>Give the sign-in to a member of staff (their record says what they see), or as an administrator's.</source>
            <translation type="unfinished">সাইন-ইনটি একজন কর্মীকে দিন (তিনি কী দেখবেন তা তাঁর রেকর্ডে বলা থাকে), অথবা অ্যাডমিনিস্ট্রেটরের সাইন-ইন হিসেবে দিন।</translation>
        </message>
        <message>
            <source>There is no member of staff with id "%1".</source>
            <translation type="unfinished">"%1" আইডি-র কোনো কর্মী নেই।</translation>
        </message>
        <message>
            <source>There is no account "%1".</source>
            <translation type="unfinished">"%1" নামে কোনো অ্যাকাউন্ট নেই।</translation>
        </message>
        <message>
            <source>"%1" is the only administrator: give someone else an administrator's account first.</source>
            <translation type="unfinished">"%1" একমাত্র অ্যাডমিনিস্ট্রেটর: প্রথমে অন্য কাউকে অ্যাডমিনিস্ট্রেটরের অ্যাকাউন্ট দিন।</translation>
        </message>
        <message>
            <source>changing the complaints procedure</source>
            <translation type="unfinished">অভিযোগ জানানোর পদ্ধতি পরিবর্তন করা</translation>
        </message>
        <message>
            <source>Waymark has no list called %1.</source>
            <translation type="unfinished">Waymark-এ %1 নামে কোনো তালিকা নেই।</translation>
        </message>
        <message>
            <source>%1 records are written with their rows, not here.</source>
            <translation type="unfinished">%1 রেকর্ডগুলো এখানে নয়, তাদের সারির সাথে লেখা হয়।</translation>
        </message>
        <message>
            <source>deciding a referral (a team leader allocates the key worker)</source>
            <translation type="unfinished">রেফারেল সম্পর্কে সিদ্ধান্ত নেওয়া (একজন টিম লিডার কী ওয়ার্কার নির্ধারণ করেন)</translation>
        </message>
        <message>
            <source>setting how long records are kept</source>
            <translation type="unfinished">রেকর্ড কত দিন রাখা হবে তা নির্ধারণ করা</translation>
        </message>
        <message>
            <source>Records are kept for %1 to %2 years.</source>
            <translation type="unfinished">রেকর্ড %1 থেকে %2 বছর পর্যন্ত রাখা হয়।</translation>
        </message>
        <message>
            <source>the retention review</source>
            <translation type="unfinished">সংরক্ষণ-মেয়াদ পর্যালোচনা</translation>
        </message>
        <message>
            <source>anonymising a record</source>
            <translation type="unfinished">একটি রেকর্ড বেনামী করা</translation>
        </message>
        <message numerus="yes">
            <source>This person is not due for review: their support is current, or ended less than %n year(s) ago, or they are already anonymised.</source>
            <translation type="unfinished">
                <numerusform>এই ব্যক্তির পর্যালোচনার সময় হয়নি: তাঁর সহায়তা চলমান, অথবা %n বছরেরও কম আগে শেষ হয়েছে, অথবা তাঁকে ইতিমধ্যে বেনামী করা হয়েছে।</numerusform>
                <numerusform>এই ব্যক্তির পর্যালোচনার সময় হয়নি: তাঁর সহায়তা চলমান, অথবা %n বছরেরও কম আগে শেষ হয়েছে, অথবা তাঁকে ইতিমধ্যে বেনামী করা হয়েছে।</numerusform>
            </translation>
        </message>
        <message>
            <source>changing the staff list</source>
            <translation type="unfinished">কর্মী তালিকা পরিবর্তন করা</translation>
        </message>
        <message>
            <source>Give the name colleagues know them by.</source>
            <translation type="unfinished">সহকর্মীরা তাঁকে যে নামে চেনেন সেই নামটি লিখুন।</translation>
        </message>
        <message>
            <source>A name can be at most 200 characters.</source>
            <translation type="unfinished">একটি নাম সর্বোচ্চ 200 অক্ষরের হতে পারে।</translation>
        </message>
        <message>
            <source>Choose a role: key worker, team leader or administrator.</source>
            <translation type="unfinished">একটি ভূমিকা বেছে নিন: কী ওয়ার্কার, টিম লিডার বা অ্যাডমিনিস্ট্রেটর।</translation>
        </message>
        <message>
            <source>%1 is a team server itself; sync a laptop's database with it.</source>
            <translation type="unfinished">%1 নিজেই একটি টিম সার্ভার; এর সাথে একটি ল্যাপটপের ডেটাবেস সিঙ্ক করুন।</translation>
        </message>
        <message>
            <source>%1 is not a team server: give its address, postgresql://USER@HOST/DATABASE.</source>
            <translation type="unfinished">%1 কোনো টিম সার্ভার নয়: এর ঠিকানা দিন, postgresql://USER@HOST/DATABASE।</translation>
        </message>
        <message>
            <source>The team server has schema %1 and this laptop %2: both must run the same version of Waymark. Nothing was changed.</source>
            <translation type="unfinished">টিম সার্ভারের স্কিমা %1 এবং এই ল্যাপটপের %2: দুটিতেই Waymark-এর একই সংস্করণ চলতে হবে। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>Nothing was synced; this laptop's records are as they were. %1</source>
            <translation type="unfinished">কিছুই সিঙ্ক হয়নি; এই ল্যাপটপের রেকর্ডগুলো আগের মতোই আছে। %1</translation>
        </message>
        <message>
            <source>The sync did not finish; what it had done is kept, and the next sync carries on. %1</source>
            <translation type="unfinished">সিঙ্ক শেষ হয়নি; যতটুকু হয়েছে তা রাখা হয়েছে, এবং পরের সিঙ্ক সেখান থেকে চালিয়ে যাবে। %1</translation>
        </message>
        <message>
            <source>This laptop syncs with %1, not %2. Nothing was changed.</source>
            <translation type="unfinished">এই ল্যাপটপ %2-এর সাথে নয়, %1-এর সাথে সিঙ্ক করে। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>Joining the team server failed</source>
            <translation type="unfinished">টিম সার্ভারে যুক্ত হওয়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Preparing the changes to send failed</source>
            <translation type="unfinished">পাঠানোর জন্য পরিবর্তনগুলো প্রস্তুত করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Sending changes</source>
            <translation type="unfinished">পরিবর্তনগুলো পাঠানো হচ্ছে</translation>
        </message>
        <message>
            <source>Sync stopped; %1 of %2 changes were sent, the rest wait for the next sync.</source>
            <translation type="unfinished">সিঙ্ক থেমে গেছে; %2টি পরিবর্তনের মধ্যে %1টি পাঠানো হয়েছে, বাকিগুলো পরের সিঙ্কের জন্য অপেক্ষা করছে।</translation>
        </message>
        <message>
            <source>Sending changes to the team server failed</source>
            <translation type="unfinished">টিম সার্ভারে পরিবর্তন পাঠানো ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>The laptop sent a change to %1, which Waymark does not sync.</source>
            <translation type="unfinished">ল্যাপটপটি %1-এ একটি পরিবর্তন পাঠিয়েছে, যা Waymark সিঙ্ক করে না।</translation>
        </message>
        <message>
            <source>Sync stopped (as asked) after the server took %1 batches.</source>
            <translation type="unfinished">সার্ভার %1টি ব্যাচ নেওয়ার পর (অনুরোধ অনুযায়ী) সিঙ্ক থামানো হয়েছে।</translation>
        </message>
        <message>
            <source>Saving the team server's answer failed</source>
            <translation type="unfinished">টিম সার্ভারের উত্তর সংরক্ষণ করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Reading the team server failed</source>
            <translation type="unfinished">টিম সার্ভার পড়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Saving the changes from the team server failed</source>
            <translation type="unfinished">টিম সার্ভার থেকে আসা পরিবর্তনগুলো সংরক্ষণ করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Receiving changes</source>
            <translation type="unfinished">পরিবর্তনগুলো গ্রহণ করা হচ্ছে</translation>
        </message>
        <message>
            <source>Sync stopped; nothing was received this time (what was sent stays sent).</source>
            <translation type="unfinished">সিঙ্ক থেমে গেছে; এবার কিছুই গ্রহণ করা হয়নি (যা পাঠানো হয়েছে তা পাঠানোই থাকবে)।</translation>
        </message>
        <message>
            <source>That conflict has been settled already.</source>
            <translation type="unfinished">ওই দ্বন্দ্বটির ইতিমধ্যে মীমাংসা করা হয়েছে।</translation>
        </message>
        <message>
            <source>Recording in the audit trail failed</source>
            <translation type="unfinished">অডিট ট্রেইলে রেকর্ড করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>The audit trail could not be anonymised</source>
            <translation type="unfinished">অডিট ট্রেইল বেনামী করা যায়নি</translation>
        </message>
        <message>
            <source>The audit trail could not be upgraded</source>
            <translation type="unfinished">অডিট ট্রেইল আপগ্রেড করা যায়নি</translation>
        </message>
        <message>
            <source>The audit trail could not be read</source>
            <translation type="unfinished">অডিট ট্রেইল পড়া যায়নি</translation>
        </message>
        <message>
            <source>audit trail entry %1 is missing: the entries go from %2 to %3</source>
            <translation type="unfinished">অডিট ট্রেইলের এন্ট্রি %1 নেই: এন্ট্রিগুলো %2 থেকে %3 পর্যন্ত</translation>
        </message>
        <message>
            <source>audit trail entry %1 (%2 by %3) was changed after it was written</source>
            <translation type="unfinished">অডিট ট্রেইলের এন্ট্রি %1 (%3 কর্তৃক %2) লেখার পরে পরিবর্তন করা হয়েছে</translation>
        </message>
        <message>
            <source>audit trail entry %1 (%2 by %3) lost its values, but its person was never anonymised</source>
            <translation type="unfinished">অডিট ট্রেইলের এন্ট্রি %1 (%3 কর্তৃক %2)-এর মানগুলো হারিয়ে গেছে, কিন্তু এর সংশ্লিষ্ট ব্যক্তিকে কখনো বেনামী করা হয়নি</translation>
        </message>
        <message>
            <source>Saving to %1 failed</source>
            <translation type="unfinished">%1-এ সংরক্ষণ করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Reading the team server's tables failed</source>
            <translation type="unfinished">টিম সার্ভারের টেবিলগুলো পড়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Storing many records at once needs a database file.</source>
            <translation type="unfinished">একসাথে অনেক রেকর্ড সংরক্ষণ করতে একটি ডেটাবেস ফাইল প্রয়োজন।</translation>
        </message>
        <message>
            <source>Making the index %1 again failed</source>
            <translation type="unfinished">ইনডেক্স %1 আবার তৈরি করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Saving to the History failed</source>
            <translation type="unfinished">ইতিহাসে সংরক্ষণ করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation type="unfinished">%1 পড়া যায়নি: %2</translation>
        </message>
        <message>
            <source>A second connection to a team server is not kept.</source>
            <translation type="unfinished">টিম সার্ভারের সাথে দ্বিতীয় কোনো সংযোগ রাখা হয় না।</translation>
        </message>
        <message>
            <source>%1 is a folder, not a Waymark database.</source>
            <translation type="unfinished">%1 একটি ফোল্ডার, Waymark ডেটাবেস নয়।</translation>
        </message>
        <message>
            <source>%1 cannot be read (check its permissions).</source>
            <translation type="unfinished">%1 পড়া যাচ্ছে না (এর অনুমতিগুলো পরীক্ষা করুন)।</translation>
        </message>
        <message>
            <source>There is no Waymark database at %1. Create one with "waymark-cli --db %1 init".</source>
            <translation type="unfinished">%1-এ কোনো Waymark ডেটাবেস নেই। "waymark-cli --db %1 init" দিয়ে একটি তৈরি করুন।</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation type="unfinished">%1 ফোল্ডারটি বিদ্যমান নেই।</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written to.</source>
            <translation type="unfinished">%1 ফোল্ডারে লেখা যাচ্ছে না।</translation>
        </message>
        <message>
            <source>%1 is not a Waymark database, or it is encrypted and needs a passphrase; it was left untouched.</source>
            <translation type="unfinished">%1 কোনো Waymark ডেটাবেস নয়, অথবা এটি এনক্রিপ্ট করা এবং এর জন্য পাসফ্রেজ প্রয়োজন; এটি অপরিবর্তিত রাখা হয়েছে।</translation>
        </message>
        <message>
            <source>%1 is not encrypted, though it has keys beside it: it may have been replaced. It was left untouched.</source>
            <translation type="unfinished">%1 এনক্রিপ্ট করা নয়, যদিও এর পাশে কী-গুলো আছে: এটি হয়তো প্রতিস্থাপন করা হয়েছে। এটি অপরিবর্তিত রাখা হয়েছে।</translation>
        </message>
        <message>
            <source>The key does not open %1, or it is not a Waymark database; it was left untouched.</source>
            <translation type="unfinished">কী দিয়ে %1 খোলে না, অথবা এটি কোনো Waymark ডেটাবেস নয়; এটি অপরিবর্তিত রাখা হয়েছে।</translation>
        </message>
        <message>
            <source>%1 is not a Waymark database; it was left untouched.</source>
            <translation type="unfinished">%1 কোনো Waymark ডেটাবেস নয়; এটি অপরিবর্তিত রাখা হয়েছে।</translation>
        </message>
        <message>
            <source>%1 is an empty database, not yet a Waymark one. Create one with "waymark-cli --db %1 init".</source>
            <translation type="unfinished">%1 একটি খালি ডেটাবেস, এখনো Waymark ডেটাবেস নয়। "waymark-cli --db %1 init" দিয়ে একটি তৈরি করুন।</translation>
        </message>
        <message>
            <source>%1 was made by a newer version of Waymark (schema %2; this version reads up to %3). Update Waymark to open it; the file was left untouched.</source>
            <translation type="unfinished">%1 Waymark-এর একটি নতুন সংস্করণ দিয়ে তৈরি (স্কিমা %2; এই সংস্করণ %3 পর্যন্ত পড়তে পারে)। এটি খুলতে Waymark আপডেট করুন; ফাইলটি অপরিবর্তিত রাখা হয়েছে।</translation>
        </message>
        <message>
            <source>%1 is read-only; Waymark needs to be able to save to it.</source>
            <translation type="unfinished">%1 শুধু-পঠনযোগ্য (read-only); Waymark-কে এতে সংরক্ষণ করতে পারতে হবে।</translation>
        </message>
        <message>
            <source>%1 could not be opened</source>
            <translation type="unfinished">%1 খোলা যায়নি</translation>
        </message>
        <message>
            <source>%1 is no longer there, or cannot be read.</source>
            <translation type="unfinished">%1 আর সেখানে নেই, অথবা পড়া যাচ্ছে না।</translation>
        </message>
        <message>
            <source>This computer cannot reach a team server: Qt's PostgreSQL driver is not installed (Debian's package libqt6sql6-psql).</source>
            <translation type="unfinished">এই কম্পিউটার টিম সার্ভারে পৌঁছাতে পারে না: Qt-এর PostgreSQL ড্রাইভার ইনস্টল করা নেই (Debian-এর প্যাকেজ libqt6sql6-psql)।</translation>
        </message>
        <message>
            <source>The team server could not be opened</source>
            <translation type="unfinished">টিম সার্ভার খোলা যায়নি</translation>
        </message>
        <message>
            <source>The team server could not be read</source>
            <translation type="unfinished">টিম সার্ভার পড়া যায়নি</translation>
        </message>
        <message>
            <source>The database %1 on the team server is empty, not yet a Waymark one. Create one with "waymark-cli --db %1 init".</source>
            <translation type="unfinished">টিম সার্ভারের %1 ডেটাবেসটি খালি, এখনো Waymark ডেটাবেস নয়। "waymark-cli --db %1 init" দিয়ে একটি তৈরি করুন।</translation>
        </message>
        <message>
            <source>The team server signed you in as "%1", but that sign-in may not read Waymark's records: it is not given to anyone on Waymark's staff list, or was taken back. Ask your Waymark administrator to give it to you (Admin, Staff, Give a sign-in).</source>
            <translation type="unfinished">টিম সার্ভার আপনাকে "%1" হিসেবে সাইন ইন করিয়েছে, কিন্তু এই সাইন-ইন দিয়ে Waymark-এর রেকর্ড পড়া যায় না: এটি Waymark-এর কর্মী তালিকার কাউকে দেওয়া হয়নি, অথবা ফিরিয়ে নেওয়া হয়েছে। আপনার Waymark অ্যাডমিনিস্ট্রেটরকে এটি আপনাকে দিতে বলুন (অ্যাডমিন, কর্মী, সাইন-ইন দিন)।</translation>
        </message>
        <message>
            <source>The database %1 on the team server is not a Waymark database; it was left untouched.</source>
            <translation type="unfinished">টিম সার্ভারের %1 ডেটাবেসটি কোনো Waymark ডেটাবেস নয়; এটি অপরিবর্তিত রাখা হয়েছে।</translation>
        </message>
        <message>
            <source>The team server's database %1 is from an older Waymark (schema %2; this version has %3). Its administrator brings it up to date first, by opening it once signed in as the owner of its tables (waymark-cli --db ADDRESS check, for example); nothing was changed.</source>
            <translation type="unfinished">টিম সার্ভারের %1 ডেটাবেসটি Waymark-এর একটি পুরোনো সংস্করণের (স্কিমা %2; এই সংস্করণে %3)। প্রথমে এর অ্যাডমিনিস্ট্রেটর এর টেবিলগুলোর মালিক হিসেবে সাইন ইন করে একবার এটি খুলে হালনাগাদ করবেন (যেমন waymark-cli --db ADDRESS check); কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>The team server's database %1 was made by a newer version of Waymark (schema %2; this version reads up to %3). Update Waymark to use it; nothing was changed.</source>
            <translation type="unfinished">টিম সার্ভারের %1 ডেটাবেসটি Waymark-এর একটি নতুন সংস্করণ দিয়ে তৈরি (স্কিমা %2; এই সংস্করণ %3 পর্যন্ত পড়তে পারে)। এটি ব্যবহার করতে Waymark আপডেট করুন; কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>The schema version could not be read</source>
            <translation type="unfinished">স্কিমা সংস্করণ পড়া যায়নি</translation>
        </message>
        <message>
            <source>%1 is for a database in a file. The team server %2 is backed up and checked on the server itself (pg_dump, and PostgreSQL's own checks).</source>
            <translation type="unfinished">%1 ফাইলে থাকা ডেটাবেসের জন্য। টিম সার্ভার %2-এর ব্যাকআপ ও পরীক্ষা সার্ভারেই করা হয় (pg_dump, এবং PostgreSQL-এর নিজস্ব পরীক্ষা)।</translation>
        </message>
        <message>
            <source>%1: the team server %2 cannot be reached (it may be down, or this computer offline). Nothing was changed.</source>
            <translation type="unfinished">%1: টিম সার্ভার %2-এ পৌঁছানো যাচ্ছে না (সার্ভারটি বন্ধ থাকতে পারে, অথবা এই কম্পিউটার অফলাইনে আছে)। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>%1: the team server %2 refused the sign-in (the name, password or database is not right). Nothing was changed.</source>
            <translation type="unfinished">%1: টিম সার্ভার %2 সাইন-ইন প্রত্যাখ্যান করেছে (নাম, পাসওয়ার্ড বা ডেটাবেস সঠিক নয়)। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>%1: the database %2 is in use by another program. Try again when it has finished.</source>
            <translation type="unfinished">%1: ডেটাবেস %2 অন্য একটি প্রোগ্রাম ব্যবহার করছে। সেটির কাজ শেষ হলে আবার চেষ্টা করুন।</translation>
        </message>
        <message>
            <source>%1: the database %2 is read-only.</source>
            <translation type="unfinished">%1: ডেটাবেস %2 শুধু-পঠনযোগ্য।</translation>
        </message>
        <message>
            <source>%1: the disk holding %2 is full.</source>
            <translation type="unfinished">%1: %2 যে ডিস্কে আছে সেটি পূর্ণ হয়ে গেছে।</translation>
        </message>
        <message>
            <source>%1: the disk holding %2 refused the write (full, over a quota or failing). Nothing was saved; free some space or check the disk, then try again.</source>
            <translation type="unfinished">%1: %2 যে ডিস্কে আছে সেটি লেখা প্রত্যাখ্যান করেছে (ডিস্ক পূর্ণ, কোটা ছাড়িয়ে গেছে বা ডিস্কটি নষ্ট হচ্ছে)। কিছুই সংরক্ষণ করা হয়নি; কিছু জায়গা খালি করুন বা ডিস্কটি পরীক্ষা করুন, তারপর আবার চেষ্টা করুন।</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished">%1: %2</translation>
        </message>
        <message>
            <source>The database was not upgraded because a backup could not be taken first: %1</source>
            <translation type="unfinished">ডেটাবেসটি আপগ্রেড করা হয়নি কারণ আগে একটি ব্যাকআপ নেওয়া যায়নি: %1</translation>
        </message>
        <message>
            <source>Migration %1 is missing from this build.</source>
            <translation type="unfinished">এই বিল্ডে মাইগ্রেশন %1 নেই।</translation>
        </message>
        <message>
            <source>Upgrading the database to schema %1 failed</source>
            <translation type="unfinished">ডেটাবেসকে স্কিমা %1-এ আপগ্রেড করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Upgrading the database failed</source>
            <translation type="unfinished">ডেটাবেস আপগ্রেড করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>The check could not run</source>
            <translation type="unfinished">পরীক্ষাটি চালানো যায়নি</translation>
        </message>
        <message>
            <source>%1 row %2 refers to a missing %3 record</source>
            <translation type="unfinished">%1-এর সারি %2 এমন একটি %3 রেকর্ডের উল্লেখ করে যা নেই</translation>
        </message>
        <message>
            <source>Could not start saving</source>
            <translation type="unfinished">সংরক্ষণ শুরু করা যায়নি</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation type="unfinished">সংরক্ষণ করা যায়নি</translation>
        </message>
        <message>
            <source>A backup</source>
            <translation type="unfinished">একটি ব্যাকআপ</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new name for the backup.</source>
            <translation type="unfinished">%1 আগে থেকেই আছে; ব্যাকআপের জন্য একটি নতুন নাম বেছে নিন।</translation>
        </message>
        <message>
            <source>this database driver cannot take backups</source>
            <translation type="unfinished">এই ডেটাবেস ড্রাইভার ব্যাকআপ নিতে পারে না</translation>
        </message>
        <message>
            <source>%1 could not be created: %2</source>
            <translation type="unfinished">%1 তৈরি করা যায়নি: %2</translation>
        </message>
        <message>
            <source>%1 could not be encrypted</source>
            <translation type="unfinished">%1 এনক্রিপ্ট করা যায়নি</translation>
        </message>
        <message>
            <source>the backup to %1 failed: %2</source>
            <translation type="unfinished">%1-এ ব্যাকআপ নেওয়া ব্যর্থ হয়েছে: %2</translation>
        </message>
        <message>
            <source>Encrypting</source>
            <translation type="unfinished">এনক্রিপ্ট করা হচ্ছে</translation>
        </message>
        <message>
            <source>%1 is already encrypted.</source>
            <translation type="unfinished">%1 আগে থেকেই এনক্রিপ্ট করা আছে।</translation>
        </message>
        <message>
            <source>%1 already exists; nothing was changed.</source>
            <translation type="unfinished">%1 আগে থেকেই আছে; কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>The encrypted copy could not be started</source>
            <translation type="unfinished">এনক্রিপ্ট করা কপি তৈরি শুরু করা যায়নি</translation>
        </message>
        <message>
            <source>The encrypted copy failed</source>
            <translation type="unfinished">এনক্রিপ্ট করা কপি তৈরি ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>A restore</source>
            <translation type="unfinished">একটি রিস্টোর</translation>
        </message>
        <message>
            <source>%1 is in use by another program; close it and try again. Nothing was changed.</source>
            <translation type="unfinished">%1 অন্য একটি প্রোগ্রাম ব্যবহার করছে; সেটি বন্ধ করে আবার চেষ্টা করুন। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>Checking a copy</source>
            <translation type="unfinished">একটি কপি পরীক্ষা করা হচ্ছে</translation>
        </message>
        <message>
            <source>the backup %1 did not check out: %2</source>
            <translation type="unfinished">ব্যাকআপ %1 পরীক্ষায় উত্তীর্ণ হয়নি: %2</translation>
        </message>
        <message>
            <source>Waymark does not keep deleted records of %1.</source>
            <translation type="unfinished">Waymark %1-এর মুছে ফেলা রেকর্ড রাখে না।</translation>
        </message>
        <message>
            <source>Saving a setting failed</source>
            <translation type="unfinished">একটি সেটিং সংরক্ষণ করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Saving %1 record %2 from the team server</source>
            <translation type="unfinished">টিম সার্ভার থেকে %1 রেকর্ড %2 সংরক্ষণ করা হচ্ছে</translation>
        </message>
        <message>
            <source>Recording the change to %1 %2</source>
            <translation type="unfinished">%1 %2-এর পরিবর্তন রেকর্ড করা হচ্ছে</translation>
        </message>
        <message>
            <source>Saving %1 record %2</source>
            <translation type="unfinished">%1 রেকর্ড %2 সংরক্ষণ করা হচ্ছে</translation>
        </message>
        <message>
            <source>Saving %1 of %2</source>
            <translation type="unfinished">%2-এর %1 সংরক্ষণ করা হচ্ছে</translation>
        </message>
        <message>
            <source>Deleting %1 record %2</source>
            <translation type="unfinished">%1 রেকর্ড %2 মুছে ফেলা হচ্ছে</translation>
        </message>
        <message>
            <source>Restoring %1 record %2</source>
            <translation type="unfinished">%1 রেকর্ড %2 পুনরুদ্ধার করা হচ্ছে</translation>
        </message>
        <message>
            <source>There is no %1 record %2 to delete.</source>
            <translation type="unfinished">মুছে ফেলার জন্য কোনো %1 রেকর্ড %2 নেই।</translation>
        </message>
        <message>
            <source>There is no %1 record %2 to restore.</source>
            <translation type="unfinished">পুনরুদ্ধার করার জন্য কোনো %1 রেকর্ড %2 নেই।</translation>
        </message>
        <message>
            <source>Reading %1</source>
            <translation type="unfinished">%1 পড়া হচ্ছে</translation>
        </message>
        <message>
            <source>A change from the team server is to %1, which this version of Waymark does not have: update Waymark on this computer.</source>
            <translation type="unfinished">টিম সার্ভার থেকে আসা একটি পরিবর্তন %1-এর জন্য, যা Waymark-এর এই সংস্করণে নেই: এই কম্পিউটারে Waymark আপডেট করুন।</translation>
        </message>
        <message>
            <source>A change from the team server sets %1 of %2, which this version of Waymark does not have: update Waymark on this computer.</source>
            <translation type="unfinished">টিম সার্ভার থেকে আসা একটি পরিবর্তন %2-এর %1 সেট করে, যা Waymark-এর এই সংস্করণে নেই: এই কম্পিউটারে Waymark আপডেট করুন।</translation>
        </message>
        <message>
            <source>Reading the records failed</source>
            <translation type="unfinished">রেকর্ডগুলো পড়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Anonymising the record failed</source>
            <translation type="unfinished">রেকর্ডটি বেনামী করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Waymark does not know how %1 belongs to a person.</source>
            <translation type="unfinished">%1 কীভাবে একজন ব্যক্তির সাথে সম্পর্কিত তা Waymark জানে না।</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation type="unfinished">বেনামী করা হয়েছে</translation>
        </message>
        <message>
            <source>%1 is not a column name.</source>
            <translation type="unfinished">%1 কোনো কলামের নাম নয়।</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) anonymised</source>
            <translation type="unfinished">
                <numerusform>%n টি রেকর্ড বেনামী করা হয়েছে</numerusform>
                <numerusform>%n টি রেকর্ড বেনামী করা হয়েছে</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is not a server address. Write it as %2.</source>
            <translation type="unfinished">"%1" কোনো সার্ভারের ঠিকানা নয়। এটি %2 হিসেবে লিখুন।</translation>
        </message>
        <message>
            <source>The server address %1 names no server. Write it as %2.</source>
            <translation type="unfinished">সার্ভারের ঠিকানা %1-এ কোনো সার্ভারের নাম নেই। এটি %2 হিসেবে লিখুন।</translation>
        </message>
        <message>
            <source>The server address %1 names no database. Write it as %2.</source>
            <translation type="unfinished">সার্ভারের ঠিকানা %1-এ কোনো ডেটাবেসের নাম নেই। এটি %2 হিসেবে লিখুন।</translation>
        </message>
        <message>
            <source>The server address %1 names no one to sign in as. Write it as %2.</source>
            <translation type="unfinished">সার্ভারের ঠিকানা %1-এ কার নামে সাইন ইন করতে হবে তা নেই। এটি %2 হিসেবে লিখুন।</translation>
        </message>
        <message>
            <source>The team server did not take that password for %1.</source>
            <translation type="unfinished">টিম সার্ভার %1-এর জন্য ওই পাসওয়ার্ড গ্রহণ করেনি।</translation>
        </message>
        <message>
            <source>The team server could not be reached to check the password: %1</source>
            <translation type="unfinished">পাসওয়ার্ড পরীক্ষা করতে টিম সার্ভারে পৌঁছানো যায়নি: %1</translation>
        </message>
        <message>
            <source>Giving the sign-in failed</source>
            <translation type="unfinished">সাইন-ইন দেওয়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Removing the sign-in failed</source>
            <translation type="unfinished">সাইন-ইন সরানো ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>The database is not open</source>
            <translation type="unfinished">ডেটাবেসটি খোলা নেই</translation>
        </message>
        <message>
            <source>Unable to prepare the statement</source>
            <translation type="unfinished">স্টেটমেন্ট প্রস্তুত করা যায়নি</translation>
        </message>
        <message>
            <source>Unable to execute multiple statements at a time</source>
            <translation type="unfinished">একসাথে একাধিক স্টেটমেন্ট চালানো যায় না</translation>
        </message>
        <message>
            <source>Unable to execute a statement that was not prepared</source>
            <translation type="unfinished">প্রস্তুত করা হয়নি এমন স্টেটমেন্ট চালানো যায় না</translation>
        </message>
        <message>
            <source>Parameter count mismatch</source>
            <translation type="unfinished">প্যারামিটারের সংখ্যা মিলছে না</translation>
        </message>
        <message>
            <source>Unable to bind parameters</source>
            <translation type="unfinished">প্যারামিটারগুলো বাইন্ড করা যায়নি</translation>
        </message>
        <message>
            <source>Unable to execute the statement</source>
            <translation type="unfinished">স্টেটমেন্টটি চালানো যায়নি</translation>
        </message>
        <message>
            <source>Unable to fetch row</source>
            <translation type="unfinished">সারি আনা যায়নি</translation>
        </message>
        <message>
            <source>Query plans can be read from a database file only.</source>
            <translation type="unfinished">কোয়েরি প্ল্যান কেবল একটি ডেটাবেস ফাইল থেকেই পড়া যায়।</translation>
        </message>
        <message>
            <source>Reading where sync stands failed</source>
            <translation type="unfinished">সিঙ্ক কোন অবস্থায় আছে তা পড়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Saving where sync stands failed</source>
            <translation type="unfinished">সিঙ্ক কোন অবস্থায় আছে তা সংরক্ষণ করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Keeping the change to send to the team server failed</source>
            <translation type="unfinished">টিম সার্ভারে পাঠানোর জন্য পরিবর্তনটি রেখে দেওয়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Reading the changes to send failed</source>
            <translation type="unfinished">পাঠানোর পরিবর্তনগুলো পড়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Clearing the changes sent failed</source>
            <translation type="unfinished">পাঠানো পরিবর্তনগুলো মুছে ফেলা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Keeping a sync conflict failed</source>
            <translation type="unfinished">একটি সিঙ্ক দ্বন্দ্ব রেখে দেওয়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Reading the sync conflicts failed</source>
            <translation type="unfinished">সিঙ্ক দ্বন্দ্বগুলো পড়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Reading the changes waiting to be sent failed</source>
            <translation type="unfinished">পাঠানোর অপেক্ষায় থাকা পরিবর্তনগুলো পড়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Saving the sync conflicts failed</source>
            <translation type="unfinished">সিঙ্ক দ্বন্দ্বগুলো সংরক্ষণ করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Saving the choice failed</source>
            <translation type="unfinished">আপনার পছন্দটি সংরক্ষণ করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>The team server's journal could not be held</source>
            <translation type="unfinished">টিম সার্ভারের জার্নাল ধরে রাখা যায়নি</translation>
        </message>
        <message>
            <source>Reading the team server's journal failed</source>
            <translation type="unfinished">টিম সার্ভারের জার্নাল পড়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Recording the change on the team server failed</source>
            <translation type="unfinished">টিম সার্ভারে পরিবর্তনটি রেকর্ড করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Recording the batch on the team server failed</source>
            <translation type="unfinished">টিম সার্ভারে ব্যাচটি রেকর্ড করা ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Reading %1 failed</source>
            <translation type="unfinished">%1 পড়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Reading service_users failed</source>
            <translation type="unfinished">service_users পড়া ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Removing a record this laptop no longer keeps failed</source>
            <translation type="unfinished">এই ল্যাপটপ আর রাখে না এমন একটি রেকর্ড সরানো ব্যর্থ হয়েছে</translation>
        </message>
        <message>
            <source>Usage: waymark-cli [--db PATH|URL] [--user NAME] [--passphrase-file FILE] &lt;command&gt; [options]

Commands:
  init [--organisation NAME]      create a database with the two seed contracts and
                                  the Waymark wellbeing star (running it again changes
                                  nothing)
  demo [--people N] [--seed S] [--as-of DATE]
                                  fill it with a fictional, deterministic caseload
  import FILE.json                import an interchange file, all or nothing
  import-sheet FILE.csv|FILE.xlsx --mapping MAP.json [--sheet NAME]
                                  bring a caseload spreadsheet in, all or nothing: each
                                  row a person with their referral and support period,
                                  columns and values mapped by MAP.json (see README)
  export FILE.json [--service-user ID]
                                  export the whole database, or one person's record
                                  (a subject access request)
  backup FILE                     a consistent copy of the database, checked after
                                  writing (encrypted, with its keys beside it)
  restore FILE                    put a backup back in place of the database (the
                                  database as it was is kept beside it first)
  check                           check the database file for damage
  sync [--server URL]             send this laptop's changes to the team server and bring
                                  back everyone else's (for the people its accounts may
                                  see); URL like postgresql://USER@HOST/DATABASE, needed
                                  the first time only; conflicts wait for a person to
                                  choose in the app (the status bar's conflicts button)
  today --at DATETIME [--staff ID] [--format json|text]
                                  what needs attention at that moment, for everyone
                                  or one key worker (DATETIME like
                                  2026-07-01T09:00:00Z, or London time 2026-07-01 10:00)
  report kpi --contract CODE --from DATE --to DATE [--format json|csv|xlsx|pdf]
             [--out FILE]        the contract's return for the period (DATE like
                                  2026-06-30): every KPI of its set; JSON and CSV go to
                                  standard output without --out, XLSX and PDF need it
  report outputs --contract CODE --from DATE --to DATE [--by gender|age_band|ethnicity]
             [--format json|csv|xlsx|pdf] [--out FILE]
                                  management information: service users, new service
                                  users, contact hours and sessions attended per group
                                  (groups of fewer than 5 people shown as "&lt;5")
  report distance --contract CODE [--from DATE] [--to DATE] [--staff ID]
                                  the caseload's distance travelled on the Outcome
                                  Star as JSON (DATE like 2026-06-30; --to defaults to
                                  today; --staff: one key worker's periods)
  print plan|risk|referral|letter|star|complaints --service-user ID --out FILE.pdf
        [--language en|pl|bn|person] [--large-print yes|no]
                                  an A4 form as PDF: the current support plan, the
                                  latest risk assessment or referral, a letter about
                                  the next appointment booked, the Outcome Star, or
                                  the complaints procedure; in English unless
                                  --language says (person: their first language)
  encrypt                         encrypt a plain database where it is (one made before
                                  Waymark encrypted), with --user NAME (default admin)
                                  as its administrator and the passphrase as for init
  account list                    who may sign in to an encrypted database or a team
                                  server
  account add NAME --new-passphrase-file FILE [--staff ID] [--administrator yes]
                                  a sign-in for a member of staff (their role comes
                                  from their staff record); the same NAME again sets a
                                  new passphrase. On a team server, without the
                                  passphrase: gives the server's own sign-in NAME (made
                                  by createuser) to the member of staff
  account remove NAME             nobody signs in as NAME any more

--db PATH   the database file (default: %1), or a team server:
            postgresql://USER@HOST[:PORT]/DATABASE (its password from PGPASSWORD or ~/.pgpass)
--user NAME, --passphrase-file FILE
            who signs in to an encrypted database (default: its administrator) and the
            file holding their passphrase (or set WAYMARK_PASSPHRASE). init makes a new
            database encrypted, with NAME (default admin) as its administrator.
Exit status: 0 done, 1 an error you can fix (see the message), 2 wrong usage.
</source>
            <translation type="unfinished">ব্যবহার: waymark-cli [--db PATH|URL] [--user NAME] [--passphrase-file FILE] &lt;command&gt; [options]

কমান্ড:
  init [--organisation NAME]      দুটি প্রারম্ভিক চুক্তি ও Waymark ওয়েলবিয়িং স্টার সহ
                                  একটি ডেটাবেস তৈরি করে (আবার চালালে কিছুই পরিবর্তন
                                  হয় না)
  demo [--people N] [--seed S] [--as-of DATE]
                                  ডেটাবেসটি একটি কাল্পনিক, নির্ধারিত (deterministic) কেসলোড দিয়ে পূরণ করে
  import FILE.json                একটি ইন্টারচেঞ্জ ফাইল ইমপোর্ট করে, হয় সবকিছু নয়তো কিছুই না
  import-sheet FILE.csv|FILE.xlsx --mapping MAP.json [--sheet NAME]
                                  একটি কেসলোড স্প্রেডশিট নিয়ে আসে, হয় সবকিছু নয়তো কিছুই না:
                                  প্রতিটি সারি একজন ব্যক্তি, তাঁর রেফারেল ও সহায়তার সময়কাল সহ;
                                  কলাম ও মানগুলো MAP.json অনুযায়ী মেলানো হয় (README দেখুন)
  export FILE.json [--service-user ID]
                                  পুরো ডেটাবেস, অথবা একজন ব্যক্তির রেকর্ড এক্সপোর্ট করে
                                  (সাবজেক্ট অ্যাক্সেস রিকোয়েস্ট)
  backup FILE                     ডেটাবেসের একটি সামঞ্জস্যপূর্ণ কপি, লেখার পরে পরীক্ষা করা
                                  (এনক্রিপ্ট করা, পাশে এর কী-গুলো সহ)
  restore FILE                    ডেটাবেসের জায়গায় একটি ব্যাকআপ ফিরিয়ে বসায় (ডেটাবেসটি
                                  আগে যেমন ছিল, তা প্রথমে এর পাশে রেখে দেওয়া হয়)
  check                           ডেটাবেস ফাইলে কোনো ক্ষতি হয়েছে কিনা পরীক্ষা করে
  sync [--server URL]             এই ল্যাপটপের পরিবর্তনগুলো টিম সার্ভারে পাঠায় এবং অন্য
                                  সবার পরিবর্তন ফিরিয়ে আনে (এর অ্যাকাউন্টগুলো যে ব্যক্তিদের
                                  দেখতে পারে তাঁদের জন্য); URL যেমন postgresql://USER@HOST/DATABASE,
                                  কেবল প্রথমবার প্রয়োজন; দ্বন্দ্বগুলো অ্যাপে কারো বেছে
                                  নেওয়ার জন্য অপেক্ষা করে (স্ট্যাটাস বারের দ্বন্দ্ব বোতাম)
  today --at DATETIME [--staff ID] [--format json|text]
                                  ওই মুহূর্তে কী কী বিষয়ে মনোযোগ দরকার, সবার জন্য অথবা
                                  একজন কী ওয়ার্কারের জন্য (DATETIME যেমন
                                  2026-07-01T09:00:00Z, অথবা লন্ডনের সময় 2026-07-01 10:00)
  report kpi --contract CODE --from DATE --to DATE [--format json|csv|xlsx|pdf]
             [--out FILE]        ওই সময়কালের জন্য চুক্তির রিটার্ন (DATE যেমন
                                  2026-06-30): এর সেটের প্রতিটি KPI; --out ছাড়া JSON ও CSV
                                  স্ট্যান্ডার্ড আউটপুটে যায়, XLSX ও PDF-এর জন্য এটি লাগে
  report outputs --contract CODE --from DATE --to DATE [--by gender|age_band|ethnicity]
             [--format json|csv|xlsx|pdf] [--out FILE]
                                  ব্যবস্থাপনা তথ্য: প্রতিটি গ্রুপে সেবাগ্রহীতা, নতুন
                                  সেবাগ্রহীতা, যোগাযোগের ঘণ্টা ও উপস্থিত সেশন
                                  (5 জনের কম মানুষের গ্রুপ "&lt;5" হিসেবে দেখানো হয়)
  report distance --contract CODE [--from DATE] [--to DATE] [--staff ID]
                                  Outcome Star-এ কেসলোডের অতিক্রান্ত দূরত্ব, JSON হিসেবে
                                  (DATE যেমন 2026-06-30; --to না দিলে আজকের তারিখ;
                                  --staff: একজন কী ওয়ার্কারের সময়কালগুলো)
  print plan|risk|referral|letter|star|complaints --service-user ID --out FILE.pdf
        [--language en|pl|bn|person] [--large-print yes|no]
                                  PDF হিসেবে একটি A4 ফর্ম: বর্তমান সহায়তা পরিকল্পনা,
                                  সর্বশেষ ঝুঁকি মূল্যায়ন বা রেফারেল, বুক করা পরবর্তী
                                  অ্যাপয়েন্টমেন্ট সম্পর্কে একটি চিঠি, Outcome Star, অথবা
                                  অভিযোগ জানানোর পদ্ধতি; --language অন্য কিছু না বললে
                                  ইংরেজিতে (person: ব্যক্তির প্রথম ভাষা)
  encrypt                         একটি সাধারণ (এনক্রিপ্ট না করা) ডেটাবেস যেখানে আছে সেখানেই
                                  এনক্রিপ্ট করে (Waymark এনক্রিপশন চালুর আগে তৈরি ডেটাবেস),
                                  --user NAME (ডিফল্ট admin)-কে এর অ্যাডমিনিস্ট্রেটর করে
                                  এবং পাসফ্রেজ init-এর মতো করে দিয়ে
  account list                    কারা একটি এনক্রিপ্ট করা ডেটাবেস বা টিম সার্ভারে সাইন ইন
                                  করতে পারেন
  account add NAME --new-passphrase-file FILE [--staff ID] [--administrator yes]
                                  একজন কর্মীর জন্য একটি সাইন-ইন (তাঁর ভূমিকা আসে তাঁর
                                  কর্মী রেকর্ড থেকে); একই NAME আবার দিলে নতুন পাসফ্রেজ
                                  সেট হয়। টিম সার্ভারে, পাসফ্রেজ ছাড়া: সার্ভারের নিজস্ব
                                  সাইন-ইন NAME (createuser দিয়ে তৈরি) কর্মীকে দেয়
  account remove NAME             এরপর আর কেউ NAME হিসেবে সাইন ইন করতে পারেন না

--db PATH   ডেটাবেস ফাইল (ডিফল্ট: %1), অথবা একটি টিম সার্ভার:
            postgresql://USER@HOST[:PORT]/DATABASE (এর পাসওয়ার্ড PGPASSWORD বা ~/.pgpass থেকে)
--user NAME, --passphrase-file FILE
            কে একটি এনক্রিপ্ট করা ডেটাবেসে সাইন ইন করবেন (ডিফল্ট: এর অ্যাডমিনিস্ট্রেটর) এবং
            তাঁর পাসফ্রেজ রাখা ফাইল (অথবা WAYMARK_PASSPHRASE সেট করুন)। init একটি নতুন
            ডেটাবেস এনক্রিপ্ট করে তৈরি করে, NAME (ডিফল্ট admin)-কে এর অ্যাডমিনিস্ট্রেটর করে।
প্রস্থান স্ট্যাটাস (exit status): 0 সম্পন্ন, 1 এমন ত্রুটি যা আপনি ঠিক করতে পারেন (বার্তাটি দেখুন), 2 ভুল ব্যবহার।
</translation>
        </message>
        <message>
            <source>Run "waymark-cli --help" for the commands.</source>
            <translation type="unfinished">কমান্ডগুলোর জন্য "waymark-cli --help" চালান।</translation>
        </message>
        <message>
            <source>no command given</source>
            <translation type="unfinished">কোনো কমান্ড দেওয়া হয়নি</translation>
        </message>
        <message>
            <source>--db needs a file path</source>
            <translation type="unfinished">--db-এর জন্য একটি ফাইলের পাথ প্রয়োজন</translation>
        </message>
        <message>
            <source>--passphrase-file needs a file</source>
            <translation type="unfinished">--passphrase-file-এর জন্য একটি ফাইল প্রয়োজন</translation>
        </message>
        <message>
            <source>--user needs a name</source>
            <translation type="unfinished">--user-এর জন্য একটি নাম প্রয়োজন</translation>
        </message>
        <message>
            <source>unknown option %1</source>
            <translation type="unfinished">অজানা অপশন %1</translation>
        </message>
        <message>
            <source>unknown command "%1"</source>
            <translation type="unfinished">অজানা কমান্ড "%1"</translation>
        </message>
        <message>
            <source>%1 does not take %2</source>
            <translation type="unfinished">%1 %2 গ্রহণ করে না</translation>
        </message>
        <message>
            <source>%1 needs a value</source>
            <translation type="unfinished">%1-এর জন্য একটি মান প্রয়োজন</translation>
        </message>
        <message>
            <source>init takes no file name; use --db PATH</source>
            <translation type="unfinished">init কোনো ফাইলের নাম নেয় না; --db PATH ব্যবহার করুন</translation>
        </message>
        <message>
            <source>init makes an encrypted database: give its administrator's passphrase with --passphrase-file FILE or the WAYMARK_PASSPHRASE environment variable</source>
            <translation type="unfinished">init একটি এনক্রিপ্ট করা ডেটাবেস তৈরি করে: এর অ্যাডমিনিস্ট্রেটরের পাসফ্রেজ --passphrase-file FILE অথবা WAYMARK_PASSPHRASE এনভায়রনমেন্ট ভেরিয়েবল দিয়ে দিন</translation>
        </message>
        <message>
            <source>setting up the database</source>
            <translation type="unfinished">ডেটাবেস প্রস্তুত করা</translation>
        </message>
        <message>
            <source>Waymark database ready at %1 (contracts thurrock-fs and camden-day, star waymark-wellbeing).</source>
            <translation type="unfinished">Waymark ডেটাবেস %1-এ প্রস্তুত (চুক্তি thurrock-fs ও camden-day, স্টার waymark-wellbeing)।</translation>
        </message>
        <message>
            <source>It is encrypted; its administrator signs in as "%1". Keep %2 with it: without that file and a passphrase nobody can open it.</source>
            <translation type="unfinished">এটি এনক্রিপ্ট করা; এর অ্যাডমিনিস্ট্রেটর "%1" হিসেবে সাইন ইন করেন। %2 এর সাথেই রাখুন: ওই ফাইল ও একটি পাসফ্রেজ ছাড়া কেউ এটি খুলতে পারবে না।</translation>
        </message>
        <message>
            <source>restoring a backup</source>
            <translation type="unfinished">একটি ব্যাকআপ রিস্টোর করা</translation>
        </message>
        <message>
            <source>The passphrase file %1 cannot be read: %2</source>
            <translation type="unfinished">পাসফ্রেজ ফাইল %1 পড়া যাচ্ছে না: %2</translation>
        </message>
        <message>
            <source>no passphrase given</source>
            <translation type="unfinished">কোনো পাসফ্রেজ দেওয়া হয়নি</translation>
        </message>
        <message>
            <source>%1 is encrypted: give the passphrase with --passphrase-file FILE or the WAYMARK_PASSPHRASE environment variable (and --user NAME if you are not its administrator).</source>
            <translation type="unfinished">%1 এনক্রিপ্ট করা: পাসফ্রেজ --passphrase-file FILE অথবা WAYMARK_PASSPHRASE এনভায়রনমেন্ট ভেরিয়েবল দিয়ে দিন (এবং আপনি এর অ্যাডমিনিস্ট্রেটর না হলে --user NAME দিন)।</translation>
        </message>
        <message>
            <source>demo takes no file name; use --db PATH</source>
            <translation type="unfinished">demo কোনো ফাইলের নাম নেয় না; --db PATH ব্যবহার করুন</translation>
        </message>
        <message>
            <source>--people must be a whole number from 1 to 100000</source>
            <translation type="unfinished">--people অবশ্যই 1 থেকে 100000-এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে</translation>
        </message>
        <message>
            <source>--seed must be a whole number</source>
            <translation type="unfinished">--seed অবশ্যই একটি পূর্ণসংখ্যা হতে হবে</translation>
        </message>
        <message>
            <source>--as-of must be a date like 2026-07-01</source>
            <translation type="unfinished">--as-of অবশ্যই 2026-07-01-এর মতো একটি তারিখ হতে হবে</translation>
        </message>
        <message>
            <source>loading demo data</source>
            <translation type="unfinished">ডেমো ডেটা লোড করা</translation>
        </message>
        <message>
            <source>Demo caseload of %1 fictional people loaded into %2 (%3 records).</source>
            <translation type="unfinished">%1 জন কাল্পনিক ব্যক্তির ডেমো কেসলোড %2-এ লোড করা হয়েছে (%3টি রেকর্ড)।</translation>
        </message>
        <message>
            <source>import needs one file: waymark-cli import FILE.json</source>
            <translation type="unfinished">import-এর জন্য একটি ফাইল প্রয়োজন: waymark-cli import FILE.json</translation>
        </message>
        <message>
            <source>importing</source>
            <translation type="unfinished">ইমপোর্ট করা</translation>
        </message>
        <message>
            <source>Imported %1: %2 new, %3 changed, %4 already up to date.</source>
            <translation type="unfinished">%1 ইমপোর্ট করা হয়েছে: %2টি নতুন, %3টি পরিবর্তিত, %4টি আগে থেকেই হালনাগাদ।</translation>
        </message>
        <message>
            <source>import-sheet needs one file and its mapping: waymark-cli import-sheet FILE.csv --mapping MAP.json</source>
            <translation type="unfinished">import-sheet-এর জন্য একটি ফাইল ও তার ম্যাপিং প্রয়োজন: waymark-cli import-sheet FILE.csv --mapping MAP.json</translation>
        </message>
        <message>
            <source>Imported %1: %2 people, %3 referrals and %4 support periods from %5 rows (%6 new, %7 changed, %8 already up to date).</source>
            <translation type="unfinished">%1 ইমপোর্ট করা হয়েছে: %5টি সারি থেকে %2 জন ব্যক্তি, %3টি রেফারেল ও %4টি সহায়তার সময়কাল (%6টি নতুন, %7টি পরিবর্তিত, %8টি আগে থেকেই হালনাগাদ)।</translation>
        </message>
        <message>
            <source>export needs one file: waymark-cli export FILE.json</source>
            <translation type="unfinished">export-এর জন্য একটি ফাইল প্রয়োজন: waymark-cli export FILE.json</translation>
        </message>
        <message>
            <source>exporting the whole database</source>
            <translation type="unfinished">পুরো ডেটাবেস এক্সপোর্ট করা</translation>
        </message>
        <message>
            <source>a subject access export</source>
            <translation type="unfinished">একটি সাবজেক্ট অ্যাক্সেস এক্সপোর্ট</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation type="unfinished">%1-এ এক্সপোর্ট করা হয়েছে।</translation>
        </message>
        <message>
            <source>subject access: %1 and %2</source>
            <translation type="unfinished">সাবজেক্ট অ্যাক্সেস: %1 ও %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported to %1, with a readable copy in %2; %n mention(s) of other people's names taken out.</source>
            <translation type="unfinished">
                <numerusform>%1-এ এক্সপোর্ট করা হয়েছে, পড়ার উপযোগী একটি কপি %2-এ; অন্য ব্যক্তিদের নামের %n টি উল্লেখ সরিয়ে ফেলা হয়েছে।</numerusform>
                <numerusform>%1-এ এক্সপোর্ট করা হয়েছে, পড়ার উপযোগী একটি কপি %2-এ; অন্য ব্যক্তিদের নামের %n টি উল্লেখ সরিয়ে ফেলা হয়েছে।</numerusform>
            </translation>
        </message>
        <message>
            <source>report needs what to report: waymark-cli report kpi|outputs|distance --contract CODE</source>
            <translation type="unfinished">report-এর জন্য কী রিপোর্ট করতে হবে তা প্রয়োজন: waymark-cli report kpi|outputs|distance --contract CODE</translation>
        </message>
        <message>
            <source>%1 is not a report; the reports are kpi, outputs and distance</source>
            <translation type="unfinished">%1 কোনো রিপোর্ট নয়; রিপোর্টগুলো হলো kpi, outputs ও distance</translation>
        </message>
        <message>
            <source>--by is for report outputs</source>
            <translation type="unfinished">--by কেবল report outputs-এর জন্য</translation>
        </message>
        <message>
            <source>report distance needs --contract CODE</source>
            <translation type="unfinished">report distance-এর জন্য --contract CODE প্রয়োজন</translation>
        </message>
        <message>
            <source>report distance is given as --format json</source>
            <translation type="unfinished">report distance কেবল --format json হিসেবে দেওয়া হয়</translation>
        </message>
        <message>
            <source>%1 must be a date like 2026-06-30, not "%2"</source>
            <translation type="unfinished">%1 অবশ্যই 2026-06-30-এর মতো একটি তারিখ হতে হবে, "%2" নয়</translation>
        </message>
        <message>
            <source>returns and reports</source>
            <translation type="unfinished">রিটার্ন ও রিপোর্ট</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished">%1 লেখা যাচ্ছে না: %2</translation>
        </message>
        <message>
            <source>report %1 needs --contract CODE --from DATE --to DATE</source>
            <translation type="unfinished">report %1-এর জন্য --contract CODE --from DATE --to DATE প্রয়োজন</translation>
        </message>
        <message>
            <source>report %1 needs %2 DATE, like 2026-06-30</source>
            <translation type="unfinished">report %1-এর জন্য %2 DATE প্রয়োজন, যেমন 2026-06-30</translation>
        </message>
        <message>
            <source>--format must be json, csv, xlsx or pdf, not "%1"</source>
            <translation type="unfinished">--format অবশ্যই json, csv, xlsx বা pdf হতে হবে, "%1" নয়</translation>
        </message>
        <message>
            <source>report %1 --format %2 needs --out FILE</source>
            <translation type="unfinished">report %1 --format %2-এর জন্য --out FILE প্রয়োজন</translation>
        </message>
        <message>
            <source>--by must be gender, age_band or ethnicity</source>
            <translation type="unfinished">--by অবশ্যই gender, age_band বা ethnicity হতে হবে</translation>
        </message>
        <message>
            <source>--by is for report outputs; report kpi gives the whole return</source>
            <translation type="unfinished">--by কেবল report outputs-এর জন্য; report kpi পুরো রিটার্ন দেয়</translation>
        </message>
        <message>
            <source>--staff is for report distance; a return is the whole contract's</source>
            <translation type="unfinished">--staff কেবল report distance-এর জন্য; একটি রিটার্ন পুরো চুক্তির</translation>
        </message>
        <message>
            <source>--from %1 is after --to %2</source>
            <translation type="unfinished">--from %1, --to %2-এর পরে</translation>
        </message>
        <message>
            <source>Wrote the %1 for %2, %3, to %4.</source>
            <translation type="unfinished">%2, %3-এর %1 %4-এ লেখা হয়েছে।</translation>
        </message>
        <message>
            <source>print needs the form: waymark-cli print %1 --service-user ID --out FILE.pdf</source>
            <translation type="unfinished">print-এর জন্য ফর্মটি প্রয়োজন: waymark-cli print %1 --service-user ID --out FILE.pdf</translation>
        </message>
        <message>
            <source>%1 is not a form; the forms are %2</source>
            <translation type="unfinished">%1 কোনো ফর্ম নয়; ফর্মগুলো হলো %2</translation>
        </message>
        <message>
            <source>print needs --service-user ID and --out FILE.pdf</source>
            <translation type="unfinished">print-এর জন্য --service-user ID ও --out FILE.pdf প্রয়োজন</translation>
        </message>
        <message>
            <source>--language must be one of %1, or person</source>
            <translation type="unfinished">--language অবশ্যই %1-এর মধ্যে একটি, অথবা person হতে হবে</translation>
        </message>
        <message>
            <source>--large-print must be yes or no</source>
            <translation type="unfinished">--large-print অবশ্যই yes বা no হতে হবে</translation>
        </message>
        <message>
            <source>%1 is not on your caseload, so nothing of their record is printed for you.</source>
            <translation type="unfinished">%1 আপনার কেসলোডে নেই, তাই আপনার জন্য তাঁর রেকর্ডের কিছুই প্রিন্ট করা হয়নি।</translation>
        </message>
        <message>
            <source>Printed "%1" for %2 to %3.</source>
            <translation type="unfinished">%2-এর জন্য "%1" %3-এ প্রিন্ট করা হয়েছে।</translation>
        </message>
        <message>
            <source>backup needs one file: waymark-cli backup FILE</source>
            <translation type="unfinished">backup-এর জন্য একটি ফাইল প্রয়োজন: waymark-cli backup FILE</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new file name for the backup.</source>
            <translation type="unfinished">%1 আগে থেকেই আছে; ব্যাকআপের জন্য একটি নতুন ফাইলের নাম বেছে নিন।</translation>
        </message>
        <message>
            <source>backups</source>
            <translation type="unfinished">ব্যাকআপ</translation>
        </message>
        <message>
            <source>The backup was taken, but its keys could not be copied to %1.</source>
            <translation type="unfinished">ব্যাকআপ নেওয়া হয়েছে, কিন্তু এর কী-গুলো %1-এ কপি করা যায়নি।</translation>
        </message>
        <message>
            <source>Backed up to %1.</source>
            <translation type="unfinished">%1-এ ব্যাকআপ নেওয়া হয়েছে।</translation>
        </message>
        <message>
            <source>restore needs the backup: waymark-cli restore FILE</source>
            <translation type="unfinished">restore-এর জন্য ব্যাকআপটি প্রয়োজন: waymark-cli restore FILE</translation>
        </message>
        <message>
            <source>There is no backup at %1.</source>
            <translation type="unfinished">%1-এ কোনো ব্যাকআপ নেই।</translation>
        </message>
        <message>
            <source>The backup could not be copied beside %1.</source>
            <translation type="unfinished">ব্যাকআপটি %1-এর পাশে কপি করা যায়নি।</translation>
        </message>
        <message>
            <source>The backup's keys could not be copied.</source>
            <translation type="unfinished">ব্যাকআপের কী-গুলো কপি করা যায়নি।</translation>
        </message>
        <message>
            <source>The backup %1 cannot be restored: %2</source>
            <translation type="unfinished">ব্যাকআপ %1 রিস্টোর করা যাচ্ছে না: %2</translation>
        </message>
        <message>
            <source>The backup %1 is damaged; nothing was restored.</source>
            <translation type="unfinished">ব্যাকআপ %1 ক্ষতিগ্রস্ত; কিছুই রিস্টোর করা হয়নি।</translation>
        </message>
        <message>
            <source>%1 could not be kept before the restore; nothing was changed.</source>
            <translation type="unfinished">রিস্টোরের আগে %1 রেখে দেওয়া যায়নি; কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>The backup could not be put in place of %1; nothing was changed.</source>
            <translation type="unfinished">ব্যাকআপটি %1-এর জায়গায় বসানো যায়নি; কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>The backup is in place but its keys could not be put beside it: copy %1 to %2.</source>
            <translation type="unfinished">ব্যাকআপটি জায়গামতো বসানো হয়েছে কিন্তু এর কী-গুলো এর পাশে রাখা যায়নি: %1 থেকে %2-এ কপি করুন।</translation>
        </message>
        <message>
            <source>Restored %1 from %2.</source>
            <translation type="unfinished">%2 থেকে %1 রিস্টোর করা হয়েছে।</translation>
        </message>
        <message>
            <source>The database as it was is kept at %1.</source>
            <translation type="unfinished">ডেটাবেসটি আগে যেমন ছিল তা %1-এ রাখা আছে।</translation>
        </message>
        <message>
            <source>today takes no file name; use --at DATETIME</source>
            <translation type="unfinished">today কোনো ফাইলের নাম নেয় না; --at DATETIME ব্যবহার করুন</translation>
        </message>
        <message>
            <source>today needs --at DATETIME, like 2026-07-01T09:00:00Z</source>
            <translation type="unfinished">today-এর জন্য --at DATETIME প্রয়োজন, যেমন 2026-07-01T09:00:00Z</translation>
        </message>
        <message>
            <source>--at must be a date and time like 2026-07-01T09:00:00Z, not "%1"</source>
            <translation type="unfinished">--at অবশ্যই 2026-07-01T09:00:00Z-এর মতো একটি তারিখ ও সময় হতে হবে, "%1" নয়</translation>
        </message>
        <message>
            <source>--format must be json or text</source>
            <translation type="unfinished">--format অবশ্যই json বা text হতে হবে</translation>
        </message>
        <message>
            <source>another key worker's list</source>
            <translation type="unfinished">অন্য একজন কী ওয়ার্কারের তালিকা</translation>
        </message>
        <message>
            <source>Note: no current staff member has id "%1"; every referral is listed, and only periods that still name that key worker.</source>
            <translation type="unfinished">নোট: বর্তমান কোনো কর্মীর আইডি "%1" নয়; সব রেফারেল তালিকায় দেখানো হয়েছে, এবং কেবল সেই সময়কালগুলো যেগুলোতে এখনো ওই কী ওয়ার্কারের নাম আছে।</translation>
        </message>
        <message>
            <source>encrypt takes no file name; use --db PATH</source>
            <translation type="unfinished">encrypt কোনো ফাইলের নাম নেয় না; --db PATH ব্যবহার করুন</translation>
        </message>
        <message>
            <source>encrypt needs the administrator's new passphrase: give it with --passphrase-file FILE or WAYMARK_PASSPHRASE</source>
            <translation type="unfinished">encrypt-এর জন্য অ্যাডমিনিস্ট্রেটরের নতুন পাসফ্রেজ প্রয়োজন: এটি --passphrase-file FILE অথবা WAYMARK_PASSPHRASE দিয়ে দিন</translation>
        </message>
        <message>
            <source>%1 is now encrypted; its administrator signs in as "%2". Keep %3 with it: without that file nothing in it can be read. Backups made before today are still plain: replace them.</source>
            <translation type="unfinished">%1 এখন এনক্রিপ্ট করা; এর অ্যাডমিনিস্ট্রেটর "%2" হিসেবে সাইন ইন করেন। %3 এর সাথেই রাখুন: ওই ফাইল ছাড়া এর কিছুই পড়া যাবে না। আজকের আগে নেওয়া ব্যাকআপগুলো এখনো এনক্রিপ্ট না করা অবস্থায় আছে: সেগুলো প্রতিস্থাপন করুন।</translation>
        </message>
        <message>
            <source>account needs list, add NAME or remove NAME</source>
            <translation type="unfinished">account-এর জন্য list, add NAME বা remove NAME প্রয়োজন</translation>
        </message>
        <message>
            <source>account add needs --new-passphrase-file FILE: a passphrase is never given on the command line</source>
            <translation type="unfinished">account add-এর জন্য --new-passphrase-file FILE প্রয়োজন: পাসফ্রেজ কখনো কমান্ড লাইনে দেওয়া হয় না</translation>
        </message>
        <message>
            <source>only account add takes options</source>
            <translation type="unfinished">কেবল account add অপশন গ্রহণ করে</translation>
        </message>
        <message>
            <source>--administrator must be yes or no</source>
            <translation type="unfinished">--administrator অবশ্যই yes বা no হতে হবে</translation>
        </message>
        <message>
            <source>on a team server the password is the server's own (ALTER ROLE ... PASSWORD): account add NAME --staff ID gives the server's sign-in NAME to a member of staff</source>
            <translation type="unfinished">টিম সার্ভারে পাসওয়ার্ডটি সার্ভারের নিজস্ব (ALTER ROLE ... PASSWORD): account add NAME --staff ID সার্ভারের সাইন-ইন NAME একজন কর্মীকে দেয়</translation>
        </message>
        <message>
            <source>%1 is not encrypted, so nobody signs in to it.</source>
            <translation type="unfinished">%1 এনক্রিপ্ট করা নয়, তাই এতে কেউ সাইন ইন করেন না।</translation>
        </message>
        <message>
            <source>%1 no longer signs in to %2.</source>
            <translation type="unfinished">%1 আর %2-এ সাইন ইন করতে পারবেন না।</translation>
        </message>
        <message>
            <source>%1 can now sign in to %2.</source>
            <translation type="unfinished">%1 এখন %2-এ সাইন ইন করতে পারবেন।</translation>
        </message>
        <message>
            <source>checking the database and its audit trail</source>
            <translation type="unfinished">ডেটাবেস ও এর অডিট ট্রেইল পরীক্ষা করা</translation>
        </message>
        <message>
            <source>%1 has %2 problems:</source>
            <translation type="unfinished">%1-এ %2টি সমস্যা আছে:</translation>
        </message>
        <message>
            <source>%1 is sound (schema %2).</source>
            <translation type="unfinished">%1 ঠিক আছে (স্কিমা %2)।</translation>
        </message>
        <message>
            <source>sync takes no file name; use --db PATH for the laptop's database and --server URL</source>
            <translation type="unfinished">sync কোনো ফাইলের নাম নেয় না; ল্যাপটপের ডেটাবেসের জন্য --db PATH এবং --server URL ব্যবহার করুন</translation>
        </message>
        <message>
            <source>sync runs on a laptop's database (--db FILE) and names the team server with --server URL</source>
            <translation type="unfinished">sync একটি ল্যাপটপের ডেটাবেসে চলে (--db FILE) এবং --server URL দিয়ে টিম সার্ভারের নাম দেয়</translation>
        </message>
        <message>
            <source>this database has not synced yet: name the team server with --server postgresql://USER@HOST/DATABASE</source>
            <translation type="unfinished">এই ডেটাবেস এখনো সিঙ্ক হয়নি: --server postgresql://USER@HOST/DATABASE দিয়ে টিম সার্ভারের নাম দিন</translation>
        </message>
        <message>
            <source>--server needs a team server's address, postgresql://USER@HOST/DATABASE</source>
            <translation type="unfinished">--server-এর জন্য একটি টিম সার্ভারের ঠিকানা প্রয়োজন, postgresql://USER@HOST/DATABASE</translation>
        </message>
        <message>
            <source>This laptop now syncs with %1.</source>
            <translation type="unfinished">এই ল্যাপটপ এখন %1-এর সাথে সিঙ্ক করে।</translation>
        </message>
        <message>
            <source>Synced with %1: %2 changes sent, %3 received.</source>
            <translation type="unfinished">%1-এর সাথে সিঙ্ক হয়েছে: %2টি পরিবর্তন পাঠানো হয়েছে, %3টি গ্রহণ করা হয়েছে।</translation>
        </message>
        <message>
            <source>Taken off this laptop, no longer on its users' caseloads: %1 (the team server keeps their records).</source>
            <translation type="unfinished">এই ল্যাপটপ থেকে সরানো হয়েছে, এর ব্যবহারকারীদের কেসলোডে আর নেই: %1 (টিম সার্ভার তাঁদের রেকর্ড রাখে)।</translation>
        </message>
        <message>
            <source>%1 conflicts wait for a person to choose (in the app: the conflicts button in the status bar); until then the team server's value stands.</source>
            <translation type="unfinished">%1টি দ্বন্দ্ব কারো বেছে নেওয়ার অপেক্ষায় আছে (অ্যাপে: স্ট্যাটাস বারের দ্বন্দ্ব বোতাম); ততক্ষণ টিম সার্ভারের মানটিই বহাল থাকবে।</translation>
        </message>
        <message>
            <source>Stopped before the end.</source>
            <translation type="unfinished">শেষ হওয়ার আগেই থামানো হয়েছে।</translation>
        </message>
        <message>
            <source>Waymark needs %1 (Debian&apos;s package %2), which could not be loaded: %3</source>
            <translation type="unfinished">Waymark-এর %1 (Debian-এর প্যাকেজ %2) প্রয়োজন, যা লোড করা যায়নি: %3</translation>
        </message>
        <message>
            <source>Another SQLite library is loaded in Waymark, and SQLCipher cannot work beside it; the database was not opened.</source>
            <translation type="unfinished">Waymark-এ আরেকটি SQLite লাইব্রেরি লোড করা আছে, যার সঙ্গে SQLCipher একসাথে চলতে পারে না; ডেটাবেস খোলা হয়নি।</translation>
        </message>
    </context>
    <context>
        <name>RecordChecks</name>
        <message>
            <source>Choose one of the answers in the list.</source>
            <translation type="unfinished">তালিকার উত্তরগুলোর মধ্যে একটি বেছে নিন।</translation>
        </message>
        <message>
            <source>Enter the person's given name.</source>
            <translation type="unfinished">ব্যক্তির নামের প্রথম অংশ (given name) লিখুন।</translation>
        </message>
        <message>
            <source>Enter the person's family name.</source>
            <translation type="unfinished">ব্যক্তির পারিবারিক নাম (family name) লিখুন।</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <translation type="unfinished">জন্মতারিখটি ভবিষ্যতের।</translation>
        </message>
        <message>
            <source>The date of birth makes the person over 120: check the year.</source>
            <translation type="unfinished">জন্মতারিখ অনুযায়ী ব্যক্তির বয়স 120-এর বেশি: বছরটি পরীক্ষা করুন।</translation>
        </message>
        <message>
            <source>The person is under %1, the contract's minimum age.</source>
            <translation type="unfinished">ব্যক্তির বয়স %1-এর কম, যা চুক্তির সর্বনিম্ন বয়স।</translation>
        </message>
        <message>
            <source>This is not a valid NHS number: it has ten digits and the last is a check digit. Check it against a letter from the GP or hospital.</source>
            <translation type="unfinished">এটি বৈধ NHS নম্বর নয়: এতে দশটি অঙ্ক থাকে এবং শেষেরটি একটি যাচাই-অঙ্ক (check digit)। GP বা হাসপাতালের কোনো চিঠির সাথে মিলিয়ে দেখুন।</translation>
        </message>
        <message>
            <source>This is not a UK postcode (for example RM17 6SL or NW1 2DB).</source>
            <translation type="unfinished">এটি কোনো UK পোস্টকোড নয় (যেমন RM17 6SL বা NW1 2DB)।</translation>
        </message>
        <message>
            <source>Which practice is the person registered with?</source>
            <translation type="unfinished">ব্যক্তিটি কোন প্র্যাকটিসে নিবন্ধিত?</translation>
        </message>
        <message>
            <source>A practice is named but the person is recorded as not registered.</source>
            <translation type="unfinished">একটি প্র্যাকটিসের নাম দেওয়া আছে, কিন্তু ব্যক্তিকে নিবন্ধিত নন হিসেবে রেকর্ড করা হয়েছে।</translation>
        </message>
        <message>
            <source>Choose who the referral is for.</source>
            <translation type="unfinished">রেফারেলটি কার জন্য তা বেছে নিন।</translation>
        </message>
        <message>
            <source>Choose the service the person is referred to.</source>
            <translation type="unfinished">ব্যক্তিকে কোন সেবায় রেফার করা হয়েছে তা বেছে নিন।</translation>
        </message>
        <message>
            <source>Enter when the referral was received.</source>
            <translation type="unfinished">রেফারেলটি কখন পাওয়া গেছে তা লিখুন।</translation>
        </message>
        <message>
            <source>The referral cannot be received in the future.</source>
            <translation type="unfinished">রেফারেল ভবিষ্যতের তারিখে পাওয়া যেতে পারে না।</translation>
        </message>
        <message>
            <source>Choose who made the referral.</source>
            <translation type="unfinished">রেফারেলটি কে করেছেন তা বেছে নিন।</translation>
        </message>
        <message>
            <source>First contact cannot be before the referral was received.</source>
            <translation type="unfinished">প্রথম যোগাযোগ রেফারেল পাওয়ার আগে হতে পারে না।</translation>
        </message>
        <message>
            <source>First contact cannot be in the future.</source>
            <translation type="unfinished">প্রথম যোগাযোগ ভবিষ্যতে হতে পারে না।</translation>
        </message>
        <message>
            <source>Date of birth not recorded: the service is for people aged %1 or over.</source>
            <translation type="unfinished">জন্মতারিখ রেকর্ড করা হয়নি: এই সেবা %1 বা তার বেশি বয়সী ব্যক্তিদের জন্য।</translation>
        </message>
        <message>
            <source>Under %1 on the date of the referral.</source>
            <translation type="unfinished">রেফারেলের তারিখে বয়স %1-এর কম।</translation>
        </message>
        <message>
            <source>Lives outside the borough and is not in temporary accommodation placed by it.</source>
            <translation type="unfinished">বরোর বাইরে থাকেন এবং বরোর দেওয়া অস্থায়ী বাসস্থানেও নেই।</translation>
        </message>
        <message>
            <source>The person has not consented to the referral.</source>
            <translation type="unfinished">ব্যক্তিটি রেফারেলে সম্মতি দেননি।</translation>
        </message>
        <message>
            <source>Consent to the referral is not recorded.</source>
            <translation type="unfinished">রেফারেলে সম্মতি রেকর্ড করা হয়নি।</translation>
        </message>
        <message>
            <source>Not willing to engage with support planning.</source>
            <translation type="unfinished">সহায়তা পরিকল্পনায় অংশ নিতে ইচ্ছুক নন।</translation>
        </message>
        <message>
            <source>Lives in %1: the service supports people in their own home.</source>
            <translation type="unfinished">%1-এ থাকেন: এই সেবা মানুষকে তাঁদের নিজের বাড়িতে সহায়তা করে।</translation>
        </message>
        <message>
            <source>Choose a decision.</source>
            <translation type="unfinished">একটি সিদ্ধান্ত বেছে নিন।</translation>
        </message>
        <message>
            <source>Choose the key worker.</source>
            <translation type="unfinished">কী ওয়ার্কার বেছে নিন।</translation>
        </message>
        <message>
            <source>Enter the date support starts.</source>
            <translation type="unfinished">সহায়তা শুরুর তারিখ লিখুন।</translation>
        </message>
        <message>
            <source>Support cannot start before the referral was received.</source>
            <translation type="unfinished">রেফারেল পাওয়ার আগে সহায়তা শুরু হতে পারে না।</translation>
        </message>
        <message>
            <source>The start is more than a year away.</source>
            <translation type="unfinished">শুরুর তারিখ এক বছরেরও বেশি পরে।</translation>
        </message>
        <message>
            <source>Name the service the person was signposted to.</source>
            <translation type="unfinished">ব্যক্তিকে যে সেবার কাছে পাঠানো (সাইনপোস্ট করা) হয়েছে তার নাম লিখুন।</translation>
        </message>
        <message>
            <source>Give the reason for declining.</source>
            <translation type="unfinished">প্রত্যাখ্যানের কারণ লিখুন।</translation>
        </message>
        <message>
            <source>Enter when the person was first contacted.</source>
            <translation type="unfinished">ব্যক্তির সাথে প্রথম কখন যোগাযোগ করা হয়েছে তা লিখুন।</translation>
        </message>
        <message>
            <source>First contact cannot be before the referral was received (%1).</source>
            <translation type="unfinished">প্রথম যোগাযোগ রেফারেল পাওয়ার (%1) আগে হতে পারে না।</translation>
        </message>
        <message>
            <source>This contract has no maximum length of support to extend.</source>
            <translation type="unfinished">এই চুক্তিতে সহায়তার কোনো সর্বোচ্চ মেয়াদ নেই, তাই বাড়ানোর কিছু নেই।</translation>
        </message>
        <message>
            <source>Enter the new end date.</source>
            <translation type="unfinished">নতুন শেষ তারিখ লিখুন।</translation>
        </message>
        <message>
            <source>The new end must be after %1, when support would end anyway.</source>
            <translation type="unfinished">নতুন শেষ তারিখ অবশ্যই %1-এর পরে হতে হবে, যখন সহায়তা এমনিতেই শেষ হতো।</translation>
        </message>
        <message>
            <source>Name the care practitioner or team who agreed the extension.</source>
            <translation type="unfinished">যে কেয়ার প্র্যাকটিশনার বা টিম মেয়াদ বাড়ানোয় সম্মতি দিয়েছেন তাঁর বা তাঁদের নাম লিখুন।</translation>
        </message>
        <message>
            <source>Give the reason for the extension.</source>
            <translation type="unfinished">মেয়াদ বাড়ানোর কারণ লিখুন।</translation>
        </message>
        <message>
            <source>Enter the date support ended.</source>
            <translation type="unfinished">সহায়তা শেষ হওয়ার তারিখ লিখুন।</translation>
        </message>
        <message>
            <source>Support cannot end before it started (%1).</source>
            <translation type="unfinished">সহায়তা শুরু হওয়ার (%1) আগে শেষ হতে পারে না।</translation>
        </message>
        <message>
            <source>Support cannot be closed with a date in the future.</source>
            <translation type="unfinished">ভবিষ্যতের কোনো তারিখ দিয়ে সহায়তা বন্ধ করা যায় না।</translation>
        </message>
        <message>
            <source>Choose why support ended.</source>
            <translation type="unfinished">সহায়তা কেন শেষ হয়েছে তা বেছে নিন।</translation>
        </message>
        <message>
            <source>Say whether the departure was planned.</source>
            <translation type="unfinished">চলে যাওয়াটি পরিকল্পিত ছিল কিনা তা বলুন।</translation>
        </message>
        <message>
            <source>Choose where the person lives now ("Not known" if you do not know).</source>
            <translation type="unfinished">ব্যক্তি এখন কোথায় থাকেন তা বেছে নিন (না জানলে "জানা নেই")।</translation>
        </message>
        <message>
            <source>The person is still vulnerable: name the organisation they were referred on to.</source>
            <translation type="unfinished">ব্যক্তিটি এখনো ঝুঁকিপূর্ণ অবস্থায় (vulnerable) আছেন: তাঁকে পরবর্তীতে যে সংস্থায় রেফার করা হয়েছে তার নাম লিখুন।</translation>
        </message>
        <message>
            <source>Enter the date of admission.</source>
            <translation type="unfinished">ভর্তির তারিখ লিখুন।</translation>
        </message>
        <message>
            <source>The admission cannot be in the future.</source>
            <translation type="unfinished">ভর্তি ভবিষ্যতে হতে পারে না।</translation>
        </message>
        <message>
            <source>Discharge cannot be before admission.</source>
            <translation type="unfinished">ডিসচার্জ ভর্তির আগে হতে পারে না।</translation>
        </message>
        <message>
            <source>The discharge cannot be in the future.</source>
            <translation type="unfinished">ডিসচার্জ ভবিষ্যতে হতে পারে না।</translation>
        </message>
        <message>
            <source>Choose mental or physical health.</source>
            <translation type="unfinished">মানসিক বা শারীরিক স্বাস্থ্য বেছে নিন।</translation>
        </message>
        <message>
            <source>Enter when the complaint was received.</source>
            <translation type="unfinished">অভিযোগটি কখন পাওয়া গেছে তা লিখুন।</translation>
        </message>
        <message>
            <source>The complaint cannot be received in the future.</source>
            <translation type="unfinished">অভিযোগ ভবিষ্যতের তারিখে পাওয়া যেতে পারে না।</translation>
        </message>
        <message>
            <source>Say what the complaint is about.</source>
            <translation type="unfinished">অভিযোগটি কী বিষয়ে তা বলুন।</translation>
        </message>
        <message>
            <source>Say whether the complaint is serious.</source>
            <translation type="unfinished">অভিযোগটি গুরুতর কিনা তা বলুন।</translation>
        </message>
        <message>
            <source>It cannot be sent before it was received.</source>
            <translation type="unfinished">পাওয়ার আগে এটি পাঠানো যায় না।</translation>
        </message>
        <message>
            <source>It cannot be closed before it was received.</source>
            <translation type="unfinished">পাওয়ার আগে এটি বন্ধ করা যায় না।</translation>
        </message>
        <message>
            <source>Record the outcome before closing the complaint.</source>
            <translation type="unfinished">অভিযোগ বন্ধ করার আগে এর ফলাফল রেকর্ড করুন।</translation>
        </message>
        <message>
            <source>A serious complaint must go to the commissioner's authorised officer at once (C 12). Record the date it was sent.</source>
            <translation type="unfinished">গুরুতর অভিযোগ অবশ্যই সঙ্গে সঙ্গে কমিশনারের অনুমোদিত কর্মকর্তার কাছে পাঠাতে হবে (C 12)। পাঠানোর তারিখ রেকর্ড করুন।</translation>
        </message>
        <message>
            <source>Enter when it happened.</source>
            <translation type="unfinished">এটি কখন ঘটেছে তা লিখুন।</translation>
        </message>
        <message>
            <source>It cannot have happened in the future.</source>
            <translation type="unfinished">এটি ভবিষ্যতে ঘটে থাকতে পারে না।</translation>
        </message>
        <message>
            <source>Choose the kind of incident.</source>
            <translation type="unfinished">ঘটনার ধরন বেছে নিন।</translation>
        </message>
        <message>
            <source>Say what happened.</source>
            <translation type="unfinished">কী ঘটেছে তা বলুন।</translation>
        </message>
        <message>
            <source>It cannot be reported before it happened.</source>
            <translation type="unfinished">ঘটার আগে এটি রিপোর্ট করা যায় না।</translation>
        </message>
        <message>
            <source>Not an area of need of a support plan.</source>
            <translation type="unfinished">এটি সহায়তা পরিকল্পনার কোনো চাহিদার ক্ষেত্র নয়।</translation>
        </message>
        <message>
            <source>Say specifically what the goal is.</source>
            <translation type="unfinished">লক্ষ্যটি কী তা সুনির্দিষ্টভাবে বলুন।</translation>
        </message>
        <message>
            <source>Say how progress will be measured.</source>
            <translation type="unfinished">অগ্রগতি কীভাবে মাপা হবে তা বলুন।</translation>
        </message>
        <message>
            <source>Say who does what.</source>
            <translation type="unfinished">কে কী করবেন তা বলুন।</translation>
        </message>
        <message>
            <source>Give a target date.</source>
            <translation type="unfinished">একটি লক্ষ্য-তারিখ দিন।</translation>
        </message>
        <message>
            <source>The target date is before support started.</source>
            <translation type="unfinished">লক্ষ্য-তারিখটি সহায়তা শুরুর আগে।</translation>
        </message>
        <message>
            <source>Choose an Outcomes Framework code from the list.</source>
            <translation type="unfinished">তালিকা থেকে একটি Outcomes Framework কোড বেছে নিন।</translation>
        </message>
        <message>
            <source>Choose the goal's status from the list.</source>
            <translation type="unfinished">তালিকা থেকে লক্ষ্যের অবস্থা বেছে নিন।</translation>
        </message>
        <message>
            <source>Describe the needs arising from %1, or mark them "None identified".</source>
            <translation type="unfinished">%1 থেকে উদ্ভূত চাহিদাগুলো বর্ণনা করুন, অথবা সেগুলোকে "কিছু চিহ্নিত হয়নি" হিসেবে চিহ্নিত করুন।</translation>
        </message>
        <message>
            <source>A plan has at least one goal.</source>
            <translation type="unfinished">একটি পরিকল্পনায় অন্তত একটি লক্ষ্য থাকে।</translation>
        </message>
        <message>
            <source>Enter the date the person agreed the plan (today or earlier).</source>
            <translation type="unfinished">ব্যক্তি যে তারিখে পরিকল্পনায় সম্মত হয়েছেন তা লিখুন (আজ বা তার আগে)।</translation>
        </message>
        <message>
            <source>The plan cannot be agreed before support started.</source>
            <translation type="unfinished">সহায়তা শুরুর আগে পরিকল্পনায় সম্মতি দেওয়া যায় না।</translation>
        </message>
        <message>
            <source>Enter the date of the review (today or earlier).</source>
            <translation type="unfinished">পর্যালোচনার তারিখ লিখুন (আজ বা তার আগে)।</translation>
        </message>
        <message>
            <source>Say who took part.</source>
            <translation type="unfinished">কারা অংশ নিয়েছেন তা বলুন।</translation>
        </message>
        <message>
            <source>Say what the review found.</source>
            <translation type="unfinished">পর্যালোচনায় কী পাওয়া গেছে তা বলুন।</translation>
        </message>
        <message>
            <source>The next review comes after this one.</source>
            <translation type="unfinished">পরবর্তী পর্যালোচনা এটির পরে হবে।</translation>
        </message>
        <message>
            <source>Choose the contract the session is run for.</source>
            <translation type="unfinished">সেশনটি যে চুক্তির জন্য চালানো হচ্ছে তা বেছে নিন।</translation>
        </message>
        <message>
            <source>Choose the kind of session.</source>
            <translation type="unfinished">সেশনের ধরন বেছে নিন।</translation>
        </message>
        <message>
            <source>Enter when the session starts.</source>
            <translation type="unfinished">সেশন কখন শুরু হবে তা লিখুন।</translation>
        </message>
        <message>
            <source>A session lasts from 1 minute to 12 hours.</source>
            <translation type="unfinished">একটি সেশন 1 মিনিট থেকে 12 ঘণ্টা পর্যন্ত হতে পারে।</translation>
        </message>
        <message>
            <source>Give the session a name or a venue so that people can tell it apart.</source>
            <translation type="unfinished">সেশনটির একটি নাম বা স্থান দিন, যাতে মানুষ এটিকে আলাদা করে চিনতে পারে।</translation>
        </message>
        <message>
            <source>Find the person, or enter a new person's name.</source>
            <translation type="unfinished">ব্যক্তিকে খুঁজুন, অথবা নতুন ব্যক্তির নাম লিখুন।</translation>
        </message>
        <message>
            <source>Say in a few words what was discussed.</source>
            <translation type="unfinished">কী নিয়ে আলোচনা হয়েছে তা কয়েকটি কথায় বলুন।</translation>
        </message>
        <message>
            <source>Say how long it took, in minutes (1 to 720).</source>
            <translation type="unfinished">কত সময় লেগেছে তা মিনিটে বলুন (1 থেকে 720)।</translation>
        </message>
        <message>
            <source>Enter the date of the assessment (today or earlier).</source>
            <translation type="unfinished">মূল্যায়নের তারিখ লিখুন (আজ বা তার আগে)।</translation>
        </message>
        <message>
            <source>This is months before support started: check the date.</source>
            <translation type="unfinished">এটি সহায়তা শুরুর কয়েক মাস আগে: তারিখটি পরীক্ষা করুন।</translation>
        </message>
        <message>
            <source>Say who made the assessment.</source>
            <translation type="unfinished">মূল্যায়নটি কে করেছেন তা বলুন।</translation>
        </message>
        <message>
            <source>The next review comes after the assessment.</source>
            <translation type="unfinished">পরবর্তী পর্যালোচনা মূল্যায়নের পরে হবে।</translation>
        </message>
        <message>
            <source>Say whether the risk is to the person, to others or to staff.</source>
            <translation type="unfinished">ঝুঁকিটি ব্যক্তির নিজের জন্য, অন্যদের জন্য নাকি কর্মীদের জন্য তা বলুন।</translation>
        </message>
        <message>
            <source>Choose the level of the risk.</source>
            <translation type="unfinished">ঝুঁকির মাত্রা বেছে নিন।</translation>
        </message>
        <message>
            <source>Describe the risk.</source>
            <translation type="unfinished">ঝুঁকিটি বর্ণনা করুন।</translation>
        </message>
        <message>
            <source>Say how the risk will be managed.</source>
            <translation type="unfinished">ঝুঁকি কীভাবে সামলানো হবে তা বলুন।</translation>
        </message>
    </context>
    <context>
        <name>ReferralService</name>
        <message>
            <source>The referral is no longer on record.</source>
            <translation type="unfinished">রেফারেলটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>This referral was accepted and support started on %1: close the support period instead.</source>
            <translation type="unfinished">এই রেফারেলটি গ্রহণ করা হয়েছিল এবং %1 তারিখে সহায়তা শুরু হয়েছে: এর বদলে সহায়তার সময়কালটি বন্ধ করুন।</translation>
        </message>
    </context>
    <context>
        <name>ReportingPeriod</name>
        <message>
            <source>%1 to %2 %3</source>
            <translation type="unfinished">%1 থেকে %2 %3</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished">%1 থেকে %2</translation>
        </message>
    </context>
    <context>
        <name>ReturnFiles</name>
        <message>
            <source>Save as .pdf, .xlsx or .csv.</source>
            <translation type="unfinished">.pdf, .xlsx বা .csv হিসেবে সংরক্ষণ করুন।</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished">PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished">Excel ওয়ার্কবুক (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished">CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>ReturnTable</name>
        <message>
            <source>Met</source>
            <translation type="unfinished">পূরণ হয়েছে</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation type="unfinished">পূরণ হয়নি</translation>
        </message>
    </context>
    <context>
        <name>RiskService</name>
        <message>
            <source>A risk assessment belongs to a support period; this one is no longer on record.</source>
            <translation type="unfinished">প্রতিটি ঝুঁকি মূল্যায়ন একটি সহায়তার সময়কালের অংশ; এই সময়কালটি আর রেকর্ডে নেই।</translation>
        </message>
    </context>
    <context>
        <name>SessionService</name>
        <message>
            <source>The session is no longer on record.</source>
            <translation type="unfinished">সেশনটি আর রেকর্ডে নেই।</translation>
        </message>
    </context>
    <context>
        <name>SheetFile</name>
        <message>
            <source>%1 is an older Excel file (.xls): open it in the spreadsheet program and save it as an Excel Workbook (.xlsx) or as CSV, then choose that.</source>
            <translation type="unfinished">%1 একটি পুরোনো Excel ফাইল (.xls): এটি স্প্রেডশিট প্রোগ্রামে খুলে Excel Workbook (.xlsx) অথবা CSV হিসেবে সংরক্ষণ করুন, তারপর সেই ফাইলটি বেছে নিন।</translation>
        </message>
    </context>
    <context>
        <name>SheetImport</name>
        <message>
            <source>“%1” is not a date: write it as 14/03/2026</source>
            <translation type="unfinished">“%1” কোনো তারিখ নয়: এটি 14/03/2026 আকারে লিখুন</translation>
        </message>
        <message>
            <source>“%1” has a two-digit year, which could be either century: write the year in full</source>
            <translation type="unfinished">“%1”-এ বছরটি দুই অঙ্কের, যা যেকোনো শতাব্দীর হতে পারে: পুরো বছরটি লিখুন</translation>
        </message>
        <message>
            <source>“%1” is not a date that exists (read as month/day/year)</source>
            <translation type="unfinished">“%1” কোনো বাস্তব তারিখ নয় (মাস/দিন/বছর হিসেবে পড়া হয়েছে)</translation>
        </message>
        <message>
            <source>“%1” is not a date that exists (read as day/month/year)</source>
            <translation type="unfinished">“%1” কোনো বাস্তব তারিখ নয় (দিন/মাস/বছর হিসেবে পড়া হয়েছে)</translation>
        </message>
        <message>
            <source>person</source>
            <translation type="unfinished">ব্যক্তি</translation>
        </message>
        <message>
            <source>referral</source>
            <translation type="unfinished">রেফারেল</translation>
        </message>
        <message>
            <source>support period</source>
            <translation type="unfinished">সহায়তার সময়কাল</translation>
        </message>
        <message>
            <source>row %1: the same %2 as row %3, but %4 is “%5” here and “%6” there</source>
            <translation type="unfinished">সারি %1: সারি %3-এর মতো একই %2, কিন্তু %4 এখানে “%5” আর সেখানে “%6”</translation>
        </message>
        <message>
            <source>row %1 has no heading “%2” (for %3)</source>
            <translation type="unfinished">সারি %1-এ “%2” নামে কোনো শিরোনাম নেই (%3-এর জন্য)</translation>
        </message>
        <message>
            <source>row %1 has the heading “%2” over more than one column (%3): give each its own</source>
            <translation type="unfinished">সারি %1-এ “%2” শিরোনামটি একাধিক কলামের ওপরে আছে (%3): প্রতিটিকে আলাদা শিরোনাম দিন</translation>
        </message>
        <message>
            <source>The mapping names columns the sheet does not have.</source>
            <translation type="unfinished">ম্যাপিংয়ে এমন কলামের নাম আছে যা শিটে নেই।</translation>
        </message>
        <message>
            <source>No column is mapped to %1, which every person needs.</source>
            <translation type="unfinished">%1-এর সঙ্গে কোনো কলাম ম্যাপ করা হয়নি, অথচ প্রত্যেক ব্যক্তির জন্য এটি প্রয়োজন।</translation>
        </message>
        <message>
            <source>contract: there is no contract “%1” (the contracts are %2)</source>
            <translation type="unfinished">contract: “%1” নামে কোনো চুক্তি নেই (চুক্তিগুলো হলো %2)</translation>
        </message>
        <message>
            <source>“%1” (column %2)</source>
            <translation type="unfinished">“%1” (কলাম %2)</translation>
        </message>
        <message>
            <source>row %1, %2: %3</source>
            <translation type="unfinished">সারি %1, %2: %3</translation>
        </message>
        <message>
            <source>“%1” is not one of the answers Waymark records for %2: map it to one in the values (%3)</source>
            <translation type="unfinished">“%1” এমন কোনো উত্তর নয় যা Waymark %2-এর জন্য রেকর্ড করে: values-এ এটিকে সেগুলোর একটির সঙ্গে ম্যাপ করুন (%3)</translation>
        </message>
        <message>
            <source>“%1” is neither yes nor no</source>
            <translation type="unfinished">“%1” হ্যাঁ-ও নয়, না-ও নয়</translation>
        </message>
        <message>
            <source>no member of staff is called “%1”: add them in Admin first, or map the name to one who is</source>
            <translation type="unfinished">“%1” নামে কোনো কর্মী নেই: আগে অ্যাডমিন-এ তাঁকে যোগ করুন, অথবা নামটিকে এমন একজন কর্মীর সঙ্গে ম্যাপ করুন যিনি তালিকায় আছেন</translation>
        </message>
        <message>
            <source>more than one member of staff is called “%1”: map the name to one of them by their id in the values</source>
            <translation type="unfinished">একাধিক কর্মীর নাম “%1”: values-এ আইডি দিয়ে নামটিকে তাঁদের একজনের সঙ্গে ম্যাপ করুন</translation>
        </message>
        <message>
            <source>there is no contract “%1” (the contracts are %2)</source>
            <translation type="unfinished">“%1” নামে কোনো চুক্তি নেই (চুক্তিগুলো হলো %2)</translation>
        </message>
        <message>
            <source>row %1: rows %2 and %1 both name %3 %4, with no reference or date of birth to tell whether they are one person: give a date of birth, or a reference column</source>
            <translation type="unfinished">সারি %1: সারি %2 ও %1 দুটিতেই %3 %4-এর নাম আছে, কিন্তু তাঁরা একই ব্যক্তি কি না তা বোঝার জন্য কোনো রেফারেন্স বা জন্মতারিখ নেই: একটি জন্মতারিখ অথবা একটি রেফারেন্স কলাম দিন</translation>
        </message>
        <message>
            <source>row %1: which contract is this person's referral or support under? Map a column to Contract, or choose one contract for every row</source>
            <translation type="unfinished">সারি %1: এই ব্যক্তির রেফারেল বা সহায়তা কোন চুক্তির অধীনে? একটি কলামকে “চুক্তি” হিসেবে ম্যাপ করুন, অথবা প্রতিটি সারির জন্য একটি চুক্তি বেছে নিন</translation>
        </message>
        <message>
            <source>row %1: %2 is empty, but the row gives %3 of a support period: give the date support started, or leave those empty for a referral still waiting</source>
            <translation type="unfinished">সারি %1: %2 খালি, কিন্তু সারিটিতে একটি সহায়তার সময়কালের %3 দেওয়া আছে: সহায়তা শুরুর তারিখ দিন, অথবা এখনো অপেক্ষমাণ রেফারেলের জন্য সেগুলো খালি রাখুন</translation>
        </message>
        <message>
            <source>row %1: %2 is needed for a referral</source>
            <translation type="unfinished">সারি %1: রেফারেলের জন্য %2 প্রয়োজন</translation>
        </message>
        <message>
            <source>%1 referrals whose support started have no first contact date in the sheet: each is recorded as first contacted on the day support started.</source>
            <translation type="unfinished">সহায়তা শুরু হয়েছে এমন %1টি রেফারেলের প্রথম যোগাযোগের তারিখ শিটে নেই: প্রতিটির ক্ষেত্রে সহায়তা শুরুর দিনটিকেই প্রথম যোগাযোগের দিন হিসেবে রেকর্ড করা হয়।</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation type="unfinished">সারি %1: %2</translation>
        </message>
        <message>
            <source>row %1, “%2” (column %3): %4</source>
            <translation type="unfinished">সারি %1, “%2” (কলাম %3): %4</translation>
        </message>
        <message>
            <source>row %1: its reference is taken by someone already in Waymark, %2 %3%4, who is not %5 %6: if this sheet numbers people apart from the sheet that person came from, give its references a scope of their own, such as the team's name (“References are unique within”, or reference_scope in a mapping file)</source>
            <translation type="unfinished">সারি %1: এর রেফারেন্সটি ইতিমধ্যে Waymark-এ থাকা একজন ব্যক্তির, %2 %3%4, যিনি %5 %6 নন: সেই ব্যক্তি যে শিট থেকে এসেছেন, এই শিট যদি তা থেকে আলাদাভাবে মানুষকে নম্বর দেয়, তবে এর রেফারেন্সগুলোর জন্য নিজস্ব একটি পরিসর দিন, যেমন টিমের নাম (“রেফারেন্সগুলো যার মধ্যে অনন্য”, অথবা ম্যাপিং ফাইলে reference_scope)</translation>
        </message>
        <message>
            <source> (born %1)</source>
            <translation type="unfinished"> (জন্ম %1)</translation>
        </message>
        <message>
            <source>Already in Waymark, and left as they are there: %1 people, %2 referrals and %3 support periods. The sheet adds what is new; it does not change what Waymark holds.</source>
            <translation type="unfinished">ইতিমধ্যে Waymark-এ আছে এবং সেখানে যেমন আছে তেমনই রাখা হয়েছে: %1 জন ব্যক্তি, %2টি রেফারেল ও %3টি সহায়তার সময়কাল। শিটটি শুধু নতুন তথ্য যোগ করে; Waymark-এ যা আছে তা পরিবর্তন করে না।</translation>
        </message>
        <message>
            <source>%1 people in the sheet were deleted in Waymark and are left out, with their referrals and support; restore them in Admin &gt; Deleted records first to bring them in.</source>
            <translation type="unfinished">শিটের %1 জন ব্যক্তিকে Waymark-এ মুছে ফেলা হয়েছে, তাই তাঁদের রেফারেল ও সহায়তাসহ তাঁদের বাদ রাখা হয়েছে; তাঁদের আনতে আগে অ্যাডমিন &gt; মুছে ফেলা রেকর্ড-এ গিয়ে তাঁদের পুনরুদ্ধার করুন।</translation>
        </message>
        <message>
            <source>%1 is empty: is it the file the caseload was saved in? Nothing was changed.</source>
            <translation type="unfinished">%1 খালি: কেসলোড কি এই ফাইলেই সংরক্ষণ করা হয়েছিল? কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>is after today, so cannot be a date of birth</source>
            <translation type="unfinished">আজকের পরের তারিখ, তাই এটি জন্মতারিখ হতে পারে না</translation>
        </message>
        <message>
            <source>%1 has no rows of people below its headings (row %2). Nothing was changed.</source>
            <translation type="unfinished">%1-এ শিরোনামের সারির (সারি %2) নিচে মানুষের কোনো সারি নেই। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>%1 was not imported: 1 problem was found. Nothing was changed.</source>
            <translation type="unfinished">%1 ইমপোর্ট করা হয়নি: 1টি সমস্যা পাওয়া গেছে। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>%1 was not imported: %2 problems were found. Nothing was changed.</source>
            <translation type="unfinished">%1 ইমপোর্ট করা হয়নি: %2টি সমস্যা পাওয়া গেছে। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
    </context>
    <context>
        <name>SheetMapping</name>
        <message>
            <source>%1 is not a mapping: %2</source>
            <translation type="unfinished">%1 কোনো ম্যাপিং নয়: %2</translation>
        </message>
        <message>
            <source>it must be one JSON object</source>
            <translation type="unfinished">এটি অবশ্যই একটি JSON অবজেক্ট হতে হবে</translation>
        </message>
        <message>
            <source>%1: is not a key of a mapping (%2)</source>
            <translation type="unfinished">%1: এটি কোনো ম্যাপিংয়ের কী নয় (%2)</translation>
        </message>
        <message>
            <source>%1: must be text</source>
            <translation type="unfinished">%1: অবশ্যই টেক্সট হতে হবে</translation>
        </message>
        <message>
            <source>delimiter: must be one character, such as "," or ";" ("tab" for a tab)</source>
            <translation type="unfinished">delimiter: অবশ্যই একটি অক্ষর হতে হবে, যেমন "," বা ";" (ট্যাবের জন্য "tab")</translation>
        </message>
        <message>
            <source>date_order: must be "dmy" (14/03/2026) or "mdy" (03/14/2026)</source>
            <translation type="unfinished">date_order: অবশ্যই "dmy" (14/03/2026) বা "mdy" (03/14/2026) হতে হবে</translation>
        </message>
        <message>
            <source>header_row: must be a row number, 1 or more</source>
            <translation type="unfinished">header_row: অবশ্যই একটি সারি নম্বর হতে হবে, 1 বা তার বেশি</translation>
        </message>
        <message>
            <source>columns: is required: an object of field keys and the headings of their columns</source>
            <translation type="unfinished">columns: আবশ্যক: ফিল্ড কী এবং সেগুলোর কলামের শিরোনাম নিয়ে গঠিত একটি অবজেক্ট</translation>
        </message>
        <message>
            <source>columns.%1: is not a field that can be brought in</source>
            <translation type="unfinished">columns.%1: এটি আনা যায় এমন কোনো ফিল্ড নয়</translation>
        </message>
        <message>
            <source>columns.%1: must be the heading of a column</source>
            <translation type="unfinished">columns.%1: অবশ্যই একটি কলামের শিরোনাম হতে হবে</translation>
        </message>
        <message>
            <source>values: must be an object of field keys, each an object of values and codes</source>
            <translation type="unfinished">values: অবশ্যই ফিল্ড কী নিয়ে গঠিত একটি অবজেক্ট হতে হবে, যার প্রতিটি মান ও কোডের একটি অবজেক্ট</translation>
        </message>
        <message>
            <source>values.%1: is not a field that can be brought in</source>
            <translation type="unfinished">values.%1: এটি আনা যায় এমন কোনো ফিল্ড নয়</translation>
        </message>
        <message>
            <source>values.%1: must be an object of the sheet's values and what each means</source>
            <translation type="unfinished">values.%1: অবশ্যই শিটের মান এবং প্রতিটির অর্থ নিয়ে গঠিত একটি অবজেক্ট হতে হবে</translation>
        </message>
        <message>
            <source>values.%1.%2: must be text</source>
            <translation type="unfinished">values.%1.%2: অবশ্যই টেক্সট হতে হবে</translation>
        </message>
        <message>
            <source>values.%1.%2: “%3” is not one of the codes (%4)</source>
            <translation type="unfinished">values.%1.%2: “%3” কোডগুলোর কোনোটি নয় (%4)</translation>
        </message>
        <message>
            <source>%1 has a problem.</source>
            <translation type="unfinished">%1-এ একটি সমস্যা আছে।</translation>
        </message>
        <message>
            <source>%1 has %2 problems.</source>
            <translation type="unfinished">%1-এ %2টি সমস্যা আছে।</translation>
        </message>
    </context>
    <context>
        <name>SortByKeyboard</name>
        <message>
            <source>Sort the list</source>
            <translation type="unfinished">তালিকা সাজান</translation>
        </message>
        <message>
            <source>Sort by %1</source>
            <translation type="unfinished">%1 অনুযায়ী সাজান</translation>
        </message>
        <message>
            <source>Sort by %1 the other way round</source>
            <translation type="unfinished">%1 অনুযায়ী উল্টো ক্রমে সাজান</translation>
        </message>
        <message>
            <source>Click a heading to sort by it; from the keyboard, press the Menu key or Shift+F10 in the list</source>
            <translation type="unfinished">কোনো শিরোনামে ক্লিক করে সেটি অনুযায়ী সাজান; কিবোর্ড থেকে তালিকায় মেনু কী বা Shift+F10 চাপুন</translation>
        </message>
    </context>
    <context>
        <name>StarChartData</name>
        <message>
            <source>%1 (the only one)</source>
            <translation type="unfinished">%1 (একমাত্রটি)</translation>
        </message>
        <message>
            <source>First, %1</source>
            <translation type="unfinished">প্রথম, %1</translation>
        </message>
        <message>
            <source>Latest, %1</source>
            <translation type="unfinished">সর্বশেষ, %1</translation>
        </message>
        <message>
            <source>Chosen, %1</source>
            <translation type="unfinished">বেছে নেওয়া, %1</translation>
        </message>
        <message>
            <source>Mean first star</source>
            <translation type="unfinished">প্রথম স্টারের গড়</translation>
        </message>
        <message>
            <source>Mean latest star</source>
            <translation type="unfinished">সর্বশেষ স্টারের গড়</translation>
        </message>
    </context>
    <context>
        <name>StarChecks</name>
        <message>
            <source>Give the star a name.</source>
            <translation type="unfinished">স্টারটির একটি নাম দিন।</translation>
        </message>
        <message>
            <source>The scale runs from a lower to a higher whole number, within 0 to 100.</source>
            <translation type="unfinished">স্কেলটি 0 থেকে 100-এর মধ্যে একটি ছোট পূর্ণসংখ্যা থেকে একটি বড় পূর্ণসংখ্যা পর্যন্ত চলে।</translation>
        </message>
        <message>
            <source>A star has at least one area.</source>
            <translation type="unfinished">একটি স্টারে অন্তত একটি ক্ষেত্র থাকে।</translation>
        </message>
        <message>
            <source>A key is lower-case letters, digits and _ only, like physical_health.</source>
            <translation type="unfinished">কী (key)-তে কেবল ছোট হাতের অক্ষর, অঙ্ক ও _ থাকতে পারে, যেমন physical_health।</translation>
        </message>
        <message>
            <source>Another area already has this key.</source>
            <translation type="unfinished">অন্য একটি ক্ষেত্রের ইতিমধ্যে এই কী (key) আছে।</translation>
        </message>
        <message>
            <source>Give the area a name.</source>
            <translation type="unfinished">ক্ষেত্রটির একটি নাম দিন।</translation>
        </message>
        <message>
            <source>Name the stages of the scale, so that every score says what it means.</source>
            <translation type="unfinished">স্কেলের ধাপগুলোর নাম দিন, যাতে প্রতিটি স্কোরের অর্থ বোঝা যায়।</translation>
        </message>
        <message>
            <source>Give the stage a name.</source>
            <translation type="unfinished">ধাপটির একটি নাম দিন।</translation>
        </message>
        <message>
            <source>A stage runs from a lower to a higher score within the scale (%1 to %2).</source>
            <translation type="unfinished">একটি ধাপ স্কেলের মধ্যে (%1 থেকে %2) একটি কম স্কোর থেকে একটি বেশি স্কোর পর্যন্ত চলে।</translation>
        </message>
        <message>
            <source>No stage covers the score(s) %1: every score of the scale needs one.</source>
            <translation type="unfinished">কোনো ধাপে %1 স্কোর অন্তর্ভুক্ত নেই: স্কেলের প্রতিটি স্কোরের জন্য একটি ধাপ দরকার।</translation>
        </message>
        <message>
            <source>The score(s) %1 fall in more than one stage.</source>
            <translation type="unfinished">%1 স্কোর একাধিক ধাপে পড়ে।</translation>
        </message>
        <message>
            <source>Enter the date of the assessment (today or earlier).</source>
            <translation type="unfinished">মূল্যায়নের তারিখ লিখুন (আজ বা তার আগে)।</translation>
        </message>
        <message>
            <source>The assessment cannot be before support started.</source>
            <translation type="unfinished">সহায়তা শুরুর আগে মূল্যায়ন হতে পারে না।</translation>
        </message>
        <message>
            <source>Say who completed it: the person, the worker, or together.</source>
            <translation type="unfinished">এটি কে পূরণ করেছেন তা বলুন: ব্যক্তি, কর্মী, নাকি দুজনে একসাথে।</translation>
        </message>
        <message>
            <source>A score is from %1 to %2.</source>
            <translation type="unfinished">স্কোর %1 থেকে %2 পর্যন্ত হয়।</translation>
        </message>
        <message>
            <source>Not an area of this star.</source>
            <translation type="unfinished">এটি এই স্টারের কোনো ক্ষেত্র নয়।</translation>
        </message>
        <message>
            <source>Score at least one area.</source>
            <translation type="unfinished">অন্তত একটি ক্ষেত্রে স্কোর দিন।</translation>
        </message>
        <message>
            <source>Not scored: %1. The assessment is saved without them, and distance travelled leaves them out.</source>
            <translation type="unfinished">স্কোর দেওয়া হয়নি: %1। মূল্যায়নটি এগুলো ছাড়াই সংরক্ষণ করা হয়, এবং অতিক্রান্ত দূরত্বের হিসাবে এগুলো বাদ থাকে।</translation>
        </message>
    </context>
    <context>
        <name>StarService</name>
        <message>
            <source>An assessment belongs to a support period; this one is no longer on record.</source>
            <translation type="unfinished">প্রতিটি মূল্যায়ন একটি সহায়তার সময়কালের অংশ; এই সময়কালটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>The contract has no star template to assess with.</source>
            <translation type="unfinished">মূল্যায়ন করার জন্য চুক্তিটির কোনো স্টার টেমপ্লেট নেই।</translation>
        </message>
        <message>
            <source>Assessments already score the area "%1": it cannot be removed or renamed.</source>
            <translation type="unfinished">মূল্যায়নে ইতিমধ্যে "%1" ক্ষেত্রে স্কোর দেওয়া হয়েছে: এটি সরানো বা এর নাম বদলানো যায় না।</translation>
        </message>
        <message>
            <source>A star with the id "%1" (%2) is already here: nothing was loaded. Edit that star instead, or give the file's star another id.</source>
            <translation type="unfinished">"%1" আইডি-র একটি স্টার (%2) ইতিমধ্যে এখানে আছে: কিছুই লোড করা হয়নি। এর বদলে ওই স্টারটি সম্পাদনা করুন, অথবা ফাইলের স্টারটিকে অন্য একটি আইডি দিন।</translation>
        </message>
        <message>
            <source>%1 is not a valid star: nothing was loaded.</source>
            <translation type="unfinished">%1 কোনো বৈধ স্টার নয়: কিছুই লোড করা হয়নি।</translation>
        </message>
    </context>
    <context>
        <name>StarTemplateFile</name>
        <message>
            <source>The file holds no star templates: it needs a "star_templates" list.</source>
            <translation type="unfinished">ফাইলটিতে কোনো স্টার টেমপ্লেট নেই: এতে একটি "star_templates" তালিকা থাকা দরকার।</translation>
        </message>
        <message>
            <source>is required</source>
            <translation type="unfinished">আবশ্যক</translation>
        </message>
        <message>
            <source>must be whole numbers</source>
            <translation type="unfinished">অবশ্যই পূর্ণসংখ্যা হতে হবে</translation>
        </message>
        <message>
            <source>from and to must be whole numbers</source>
            <translation type="unfinished">from ও to অবশ্যই পূর্ণসংখ্যা হতে হবে</translation>
        </message>
        <message>
            <source>The star templates were not loaded; %1 problem(s) to put right.</source>
            <translation type="unfinished">স্টার টেমপ্লেটগুলো লোড করা হয়নি; %1টি সমস্যা ঠিক করতে হবে।</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation type="unfinished">%1 খোলা যাচ্ছে না: %2</translation>
        </message>
        <message>
            <source>%1 is not a JSON file (at character %2: %3).</source>
            <translation type="unfinished">%1 কোনো JSON ফাইল নয় (অক্ষর %2-এ: %3)।</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished">%1 লেখা যাচ্ছে না: %2</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccessReport</name>
        <message>
            <source>About you</source>
            <translation type="unfinished">আপনার সম্পর্কে</translation>
        </message>
        <message>
            <source>NHS number</source>
            <translation type="unfinished">NHS নম্বর</translation>
        </message>
        <message>
            <source>Registered with a GP</source>
            <translation type="unfinished">একজন GP-র কাছে নিবন্ধিত</translation>
        </message>
        <message>
            <source>Care Programme Approach</source>
            <translation type="unfinished">কেয়ার প্রোগ্রাম অ্যাপ্রোচ (Care Programme Approach)</translation>
        </message>
    </context>
    <context>
        <name>SupportPeriodService</name>
        <message>
            <source>The support period is no longer on record.</source>
            <translation type="unfinished">সহায়তার সময়কালটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>This support period ended on %1; it can no longer be changed.</source>
            <translation type="unfinished">এই সহায়তার সময়কাল %1 তারিখে শেষ হয়েছে; এটি আর পরিবর্তন করা যাবে না।</translation>
        </message>
        <message>
            <source>Choose a key worker who is on the staff list.</source>
            <translation type="unfinished">কর্মী তালিকায় আছেন এমন একজন কী ওয়ার্কার বেছে নিন।</translation>
        </message>
        <message>
            <source>Enter the date of the review (today or earlier).</source>
            <translation type="unfinished">পর্যালোচনার তারিখ লিখুন (আজ বা তার আগে)।</translation>
        </message>
        <message>
            <source>The review cannot be before support started.</source>
            <translation type="unfinished">সহায়তা শুরুর আগে পর্যালোচনা হতে পারে না।</translation>
        </message>
        <message>
            <source>Choose whether support continues or is withdrawn.</source>
            <translation type="unfinished">সহায়তা চলবে নাকি প্রত্যাহার করা হবে তা বেছে নিন।</translation>
        </message>
        <message>
            <source>Say who made the decision.</source>
            <translation type="unfinished">সিদ্ধান্তটি কে নিয়েছেন তা বলুন।</translation>
        </message>
        <message>
            <source>Give the reason for the decision.</source>
            <translation type="unfinished">সিদ্ধান্তের কারণ লিখুন।</translation>
        </message>
        <message>
            <source>%1 is not an Outcomes Framework code.</source>
            <translation type="unfinished">%1 কোনো Outcomes Framework কোড নয়।</translation>
        </message>
        <message>
            <source>Say whether the need %1 was achieved.</source>
            <translation type="unfinished">%1 চাহিদাটি অর্জিত হয়েছে কিনা তা বলুন।</translation>
        </message>
    </context>
    <context>
        <name>SupportPlanService</name>
        <message>
            <source>The support plan is no longer on record.</source>
            <translation type="unfinished">সহায়তা পরিকল্পনাটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>The plan's support period is no longer on record.</source>
            <translation type="unfinished">পরিকল্পনাটির সহায়তার সময়কাল আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>This plan was agreed on %1: it changes through a review, so that what was agreed stays readable.</source>
            <translation type="unfinished">এই পরিকল্পনায় %1 তারিখে সম্মতি দেওয়া হয়েছে: এটি কেবল পর্যালোচনার মাধ্যমে পরিবর্তিত হয়, যাতে যা সম্মত হয়েছিল তা পড়া যায়।</translation>
        </message>
        <message>
            <source>A plan belongs to a support period; this one is no longer on record.</source>
            <translation type="unfinished">প্রতিটি পরিকল্পনা একটি সহায়তার সময়কালের অংশ; এই সময়কালটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>agreeing a support plan: save it as a draft and a team leader agrees it</source>
            <translation type="unfinished">সহায়তা পরিকল্পনায় সম্মতি দেওয়া: এটি খসড়া হিসেবে সংরক্ষণ করুন এবং একজন টিম লিডার এতে সম্মতি দেবেন</translation>
        </message>
        <message>
            <source>This plan was already agreed on %1.</source>
            <translation type="unfinished">এই পরিকল্পনায় ইতিমধ্যে %1 তারিখে সম্মতি দেওয়া হয়েছে।</translation>
        </message>
        <message>
            <source>A draft plan is changed directly; a review is of an agreed plan.</source>
            <translation type="unfinished">খসড়া পরিকল্পনা সরাসরি পরিবর্তন করা হয়; পর্যালোচনা হয় সম্মত পরিকল্পনার।</translation>
        </message>
        <message>
            <source>A plan has at least one goal.</source>
            <translation type="unfinished">একটি পরিকল্পনায় অন্তত একটি লক্ষ্য থাকে।</translation>
        </message>
        <message>
            <source>changing an agreed plan's goals: record the review without changing them, and a team leader agrees the new goals</source>
            <translation type="unfinished">সম্মত পরিকল্পনার লক্ষ্যগুলো পরিবর্তন করা: লক্ষ্যগুলো না বদলে পর্যালোচনাটি রেকর্ড করুন, এবং একজন টিম লিডার নতুন লক্ষ্যগুলোতে সম্মতি দেবেন</translation>
        </message>
    </context>
    <context>
        <name>XlsxSheetReader</name>
        <message>
            <source>%1 is not a whole Excel workbook: it has no %2.</source>
            <translation type="unfinished">%1 একটি সম্পূর্ণ Excel ওয়ার্কবুক নয়: এতে %2 নেই।</translation>
        </message>
        <message>
            <source>%1 has a part too large to read (%2).</source>
            <translation type="unfinished">%1-এ এমন একটি অংশ আছে যা পড়ার পক্ষে খুব বড় (%2)।</translation>
        </message>
        <message>
            <source>%1: %2 cannot be read: %3</source>
            <translation type="unfinished">%1: %2 পড়া যাচ্ছে না: %3</translation>
        </message>
        <message>
            <source>%1: %2 is damaged and cannot be read.</source>
            <translation type="unfinished">%1: %2 ক্ষতিগ্রস্ত, তাই পড়া যাচ্ছে না।</translation>
        </message>
        <message>
            <source>%1 cannot be opened.</source>
            <translation type="unfinished">%1 খোলা যাচ্ছে না।</translation>
        </message>
        <message>
            <source>%1 is not an Excel workbook (.xlsx). An older .xls file can be saved as .xlsx or CSV from the spreadsheet program first.</source>
            <translation type="unfinished">%1 কোনো Excel ওয়ার্কবুক (.xlsx) নয়। পুরোনো .xls ফাইল আগে স্প্রেডশিট প্রোগ্রাম থেকে .xlsx বা CSV হিসেবে সংরক্ষণ করে নেওয়া যায়।</translation>
        </message>
        <message>
            <source>%1 is damaged: its list of sheets cannot be read (%2).</source>
            <translation type="unfinished">%1 ক্ষতিগ্রস্ত: এর শিটের তালিকা পড়া যাচ্ছে না (%2)।</translation>
        </message>
        <message>
            <source>%1 has no sheets.</source>
            <translation type="unfinished">%1-এ কোনো শিট নেই।</translation>
        </message>
        <message>
            <source>%1 is damaged: its text cannot be read (%2).</source>
            <translation type="unfinished">%1 ক্ষতিগ্রস্ত: এর টেক্সট পড়া যাচ্ছে না (%2)।</translation>
        </message>
        <message>
            <source>%1 has no sheet called “%2”. Its sheets are: %3.</source>
            <translation type="unfinished">%1-এ “%2” নামে কোনো শিট নেই। এর শিটগুলো হলো: %3।</translation>
        </message>
        <message>
            <source>%1 is damaged: cell %2%3 of “%4” names text the workbook does not have.</source>
            <translation type="unfinished">%1 ক্ষতিগ্রস্ত: “%4”-এর %2%3 ঘরটি এমন টেক্সটের উল্লেখ করে যা ওয়ার্কবুকে নেই।</translation>
        </message>
        <message>
            <source>%1 is damaged: sheet “%2” has a cell beyond the last row or column a sheet can have.</source>
            <translation type="unfinished">%1 ক্ষতিগ্রস্ত: “%2” শিটে এমন একটি ঘর আছে যা একটি শিটের সম্ভাব্য শেষ সারি বা কলামের বাইরে।</translation>
        </message>
        <message>
            <source>Sheet “%1” of %2 is too large to bring in (more than %3 cells): copy the caseload's own columns and rows to a sheet of their own.</source>
            <translation type="unfinished">%2-এর “%1” শিটটি আনার পক্ষে খুব বড় (%3টির বেশি ঘর): কেসলোডের নিজস্ব কলাম ও সারিগুলো একটি আলাদা শিটে কপি করুন।</translation>
        </message>
        <message>
            <source>%1 is damaged: sheet “%2” cannot be read (%3).</source>
            <translation type="unfinished">%1 ক্ষতিগ্রস্ত: “%2” শিটটি পড়া যাচ্ছে না (%3)।</translation>
        </message>
    </context>
    <context>
        <name>XlsxTableWriter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished">%1 লেখা যাচ্ছে না: %2</translation>
        </message>
        <message>
            <source>the folder cannot be written to.</source>
            <translation type="unfinished">ফোল্ডারে লেখা যাচ্ছে না।</translation>
        </message>
        <message>
            <source>the file could not be put in place.</source>
            <translation type="unfinished">ফাইলটি জায়গামতো বসানো যায়নি।</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Open &amp;another…</source>
            <translation type="unfinished">অন্য একটি খুলুন (&amp;A)…</translation>
        </message>
        <message>
            <source>Waymark cannot create the database</source>
            <translation type="unfinished">Waymark ডেটাবেস তৈরি করতে পারছে না</translation>
        </message>
        <message>
            <source>Waymark cannot set up the database</source>
            <translation type="unfinished">Waymark ডেটাবেস প্রস্তুত করতে পারছে না</translation>
        </message>
        <message>
            <source>Waymark cannot open the database</source>
            <translation type="unfinished">Waymark ডেটাবেস খুলতে পারছে না</translation>
        </message>
        <message>
            <source>The account "%1" is no longer in the keys file.</source>
            <translation type="unfinished">"%1" অ্যাকাউন্টটি আর কী ফাইলে নেই।</translation>
        </message>
        <message>
            <source>Waymark cannot sign you in</source>
            <translation type="unfinished">Waymark আপনাকে সাইন ইন করাতে পারছে না</translation>
        </message>
        <message>
            <source>Waymark cannot record the sign-in</source>
            <translation type="unfinished">Waymark সাইন-ইন রেকর্ড করতে পারছে না</translation>
        </message>
        <message>
            <source>Waymark could not back up the database</source>
            <translation type="unfinished">Waymark ডেটাবেসের ব্যাকআপ নিতে পারেনি</translation>
        </message>
        <message>
            <source>Casework for mental-health floating support and day services</source>
            <translation type="unfinished">মানসিক স্বাস্থ্য ফ্লোটিং সাপোর্ট ও ডে সার্ভিসের জন্য কেসওয়ার্ক</translation>
        </message>
        <message>
            <source>The database file to open, or a team server (postgresql://user@host/database).</source>
            <translation type="unfinished">খোলার জন্য ডেটাবেস ফাইল, অথবা একটি টিম সার্ভার (postgresql://user@host/database)।</translation>
        </message>
    </context>
    <context>
        <name>waymark::AdminPage</name>
        <message>
            <source>none</source>
            <translation type="unfinished">কিছু নেই</translation>
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished">কোড</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">চুক্তি</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation type="unfinished">অর্থদাতা</translation>
        </message>
        <message>
            <source>Weekly hours cap</source>
            <translation type="unfinished">সাপ্তাহিক ঘণ্টার সীমা</translation>
        </message>
        <message>
            <source>Longest support</source>
            <translation type="unfinished">সর্বোচ্চ সহায়তার মেয়াদ</translation>
        </message>
        <message>
            <source>First contact within</source>
            <translation type="unfinished">প্রথম যোগাযোগের সময়সীমা</translation>
        </message>
        <message>
            <source>Star every</source>
            <translation type="unfinished">স্টার মূল্যায়নের ব্যবধান</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation type="unfinished">রিটার্ন</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation type="unfinished">চুক্তিসমূহ</translation>
        </message>
        <message>
            <source>Star</source>
            <translation type="unfinished">স্টার</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation type="unfinished">ক্ষেত্রসমূহ</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation type="unfinished">স্কেল</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished">ধাপসমূহ</translation>
        </message>
        <message>
            <source>Star templates</source>
            <translation type="unfinished">স্টার টেমপ্লেট</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation type="unfinished">প্রশাসন</translation>
        </message>
        <message>
            <source>Moving to Waymark from a spreadsheet?</source>
            <translation type="unfinished">স্প্রেডশিট থেকে Waymark-এ আসছেন?</translation>
        </message>
        <message>
            <source>&amp;Move a caseload in from a spreadsheet…</source>
            <translation type="unfinished">স্প্রেডশিট থেকে কেসলোড নিয়ে আসুন (&amp;M)…</translation>
        </message>
        <message>
            <source>Bring people, their referrals and support periods in from an Excel or CSV file</source>
            <translation type="unfinished">Excel বা CSV ফাইল থেকে ব্যক্তিদের, তাঁদের রেফারেল ও সহায়তার সময়কাল নিয়ে আসুন</translation>
        </message>
        <message>
            <source>S&amp;taff and sign-ins</source>
            <translation type="unfinished">কর্মী ও সাইন-ইন (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Contracts and stars</source>
            <translation type="unfinished">চুক্তি ও স্টার (&amp;C)</translation>
        </message>
        <message>
            <source>A&amp;udit trail</source>
            <translation type="unfinished">অডিট ট্রেইল (&amp;U)</translation>
        </message>
        <message>
            <source>Retention re&amp;view</source>
            <translation type="unfinished">সংরক্ষণ-মেয়াদ পর্যালোচনা (&amp;V)</translation>
        </message>
        <message>
            <source>D&amp;eleted records</source>
            <translation type="unfinished">মুছে ফেলা রেকর্ড (&amp;E)</translation>
        </message>
        <message>
            <source>Outcome Star templates</source>
            <translation type="unfinished">Outcome Star টেমপ্লেট</translation>
        </message>
        <message>
            <source>&amp;New star…</source>
            <translation type="unfinished">নতুন স্টার (&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit star…</source>
            <translation type="unfinished">স্টার সম্পাদনা করুন (&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Load from file…</source>
            <translation type="unfinished">ফাইল থেকে লোড করুন (&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Save to file…</source>
            <translation type="unfinished">ফাইলে সংরক্ষণ করুন (&amp;S)…</translation>
        </message>
        <message>
            <source>Load the star your organisation is licensed to use, from its interchange file</source>
            <translation type="unfinished">আপনার সংস্থা যে স্টার ব্যবহারের লাইসেন্স পেয়েছে, সেটি তার ইন্টারচেঞ্জ ফাইল থেকে লোড করুন</translation>
        </message>
        <message>
            <source>Load star templates</source>
            <translation type="unfinished">স্টার টেমপ্লেট লোড করুন</translation>
        </message>
        <message>
            <source>Interchange files (*.json)</source>
            <translation type="unfinished">ইন্টারচেঞ্জ ফাইল (*.json)</translation>
        </message>
        <message>
            <source>Save star template</source>
            <translation type="unfinished">স্টার টেমপ্লেট সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>Getting help</source>
            <translation type="unfinished">সাহায্য পাওয়া</translation>
        </message>
        <message>
            <source>Managing</source>
            <translation type="unfinished">ব্যবস্থাপনা</translation>
        </message>
        <message>
            <source>Loaded: %1.</source>
            <translation type="unfinished">লোড করা হয়েছে: %1।</translation>
        </message>
        <message>
            <source>The template is no longer on record.</source>
            <translation type="unfinished">টেমপ্লেটটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>Saved %1 to %2.</source>
            <translation type="unfinished">%1, %2-এ সংরক্ষণ করা হয়েছে।</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation type="unfinished">%1 ঘণ্টা</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation type="unfinished">%1 মাস</translation>
        </message>
        <message>
            <source>%1 weeks</source>
            <translation type="unfinished">%1 সপ্তাহ</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished">%1 থেকে %2</translation>
        </message>
        <message>
            <source>Whom a person complains to, how soon you answer, and how to complain to the council: printed for each person from their record</source>
            <translation type="unfinished">একজন ব্যক্তি কার কাছে অভিযোগ জানাবেন, আপনি কত দ্রুত উত্তর দেবেন, এবং কীভাবে কাউন্সিলের কাছে অভিযোগ জানাতে হয়: প্রত্যেক ব্যক্তির জন্য তাঁর রেকর্ড থেকে প্রিন্ট করা হয়</translation>
        </message>
        <message>
            <source>Complaints procedure</source>
            <translation type="unfinished">অভিযোগ জানানোর পদ্ধতি</translation>
        </message>
        <message>
            <source>Printed for each person at the start of their support (Print, Complaints procedure on their record), in their language or in large print. It always says that they can complain to the council directly, and to the Ombudsman after it.</source>
            <translation type="unfinished">প্রত্যেক ব্যক্তির সহায়তা শুরুর সময় তাঁর জন্য প্রিন্ট করা হয় (তাঁর রেকর্ডে প্রিন্ট, অভিযোগ জানানোর পদ্ধতি), তাঁর ভাষায় বা বড় অক্ষরে। এতে সবসময় বলা থাকে যে তিনি সরাসরি কাউন্সিলের কাছে অভিযোগ জানাতে পারেন, এবং তার পরে ন্যায়পালের (Ombudsman) কাছে।</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished">সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>The complaints manager, 12 High Street, Grays RM17 6XX, 01375 000000, complaints@example.org</source>
            <translation type="unfinished">অভিযোগ ব্যবস্থাপক, 12 High Street, Grays RM17 6XX, 01375 000000, complaints@example.org</translation>
        </message>
        <message>
            <source> working days</source>
            <translation type="unfinished"> কর্মদিবস</translation>
        </message>
        <message>
            <source>Whom to &amp;contact:</source>
            <translation type="unfinished">কার সাথে যোগাযোগ করতে হবে (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Acknowledged within:</source>
            <translation type="unfinished">প্রাপ্তি স্বীকারের সময়সীমা (&amp;A):</translation>
        </message>
        <message>
            <source>How to complain to %1 directly: address, phone, email</source>
            <translation type="unfinished">সরাসরি %1-এর কাছে কীভাবে অভিযোগ জানাবেন: ঠিকানা, ফোন, ইমেইল</translation>
        </message>
        <message>
            <source>the council</source>
            <translation type="unfinished">কাউন্সিল</translation>
        </message>
        <message>
            <source>%1 (%2):</source>
            <translation type="unfinished">%1 (%2):</translation>
        </message>
        <message>
            <source>Council</source>
            <translation type="unfinished">কাউন্সিল</translation>
        </message>
        <message>
            <source>&amp;Full answer within:</source>
            <translation type="unfinished">পূর্ণ উত্তরের সময়সীমা (&amp;F):</translation>
        </message>
        <message>
            <source>Compla&amp;ints procedure…</source>
            <translation type="unfinished">অভিযোগ জানানোর পদ্ধতি (&amp;I)…</translation>
        </message>
    </context>
    <context>
        <name>waymark::AuditTrailModel</name>
        <message>
            <source>Created</source>
            <translation type="unfinished">তৈরি করা হয়েছে</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished">পরিবর্তন করা হয়েছে</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished">ইমপোর্ট করা হয়েছে</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished">মুছে ফেলা হয়েছে</translation>
        </message>
        <message>
            <source>Opened the record</source>
            <translation type="unfinished">রেকর্ড খোলা হয়েছে</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation type="unfinished">প্রিন্ট করা হয়েছে</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation type="unfinished">এক্সপোর্ট করা হয়েছে</translation>
        </message>
        <message>
            <source>Ran a report</source>
            <translation type="unfinished">একটি রিপোর্ট চালানো হয়েছে</translation>
        </message>
        <message>
            <source>Backed up</source>
            <translation type="unfinished">ব্যাকআপ নেওয়া হয়েছে</translation>
        </message>
        <message>
            <source>Restored a backup</source>
            <translation type="unfinished">একটি ব্যাকআপ রিস্টোর করা হয়েছে</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation type="unfinished">সাইন ইন করেছেন</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation type="unfinished">সাইন-ইন প্রত্যাখ্যাত</translation>
        </message>
        <message>
            <source>Sign-in given</source>
            <translation type="unfinished">সাইন-ইন দেওয়া হয়েছে</translation>
        </message>
        <message>
            <source>New passphrase set</source>
            <translation type="unfinished">নতুন পাসফ্রেজ সেট করা হয়েছে</translation>
        </message>
        <message>
            <source>Sign-in removed</source>
            <translation type="unfinished">সাইন-ইন সরানো হয়েছে</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation type="unfinished">বেনামী করা হয়েছে</translation>
        </message>
        <message>
            <source>Left this laptop's caseloads</source>
            <translation type="unfinished">এই ল্যাপটপের কেসলোড থেকে বাদ পড়েছে</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation type="unfinished">(সরানো হয়েছে)</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">কখন</translation>
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished">কে</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished">কী</translation>
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished">ব্যক্তি</translation>
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished">রেকর্ড</translation>
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished">ঘর</translation>
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished">আগে</translation>
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished">পরে</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation type="unfinished">বিস্তারিত</translation>
        </message>
    </context>
    <context>
        <name>waymark::AuditTrailView</name>
        <message>
            <source>Show &amp;older</source>
            <translation type="unfinished">পুরোনোগুলো দেখান (&amp;O)</translation>
        </message>
        <message>
            <source>a sign-in name</source>
            <translation type="unfinished">একটি সাইন-ইন নাম</translation>
        </message>
        <message>
            <source>a service user's name or id</source>
            <translation type="unfinished">সেবাগ্রহীতার নাম বা আইডি</translation>
        </message>
        <message>
            <source>any word: printed, exported, a field, a value</source>
            <translation type="unfinished">যেকোনো শব্দ: প্রিন্ট করা, এক্সপোর্ট করা, একটি ঘর, একটি মান</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation type="unfinished">অডিট ট্রেইল</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation type="unfinished">খুঁজুন (&amp;S)</translation>
        </message>
        <message>
            <source>Check the &amp;trail</source>
            <translation type="unfinished">ট্রেইল পরীক্ষা করুন (&amp;T)</translation>
        </message>
        <message>
            <source>Checks that no entry has been changed or removed since it was written</source>
            <translation type="unfinished">লেখার পর থেকে কোনো এন্ট্রি পরিবর্তন করা বা সরানো হয়নি, তা পরীক্ষা করে</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation type="unfinished">কে (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation type="unfinished">ব্যক্তি (&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Containing:</source>
            <translation type="unfinished">যা আছে (&amp;C):</translation>
        </message>
        <message>
            <source>Every look at a person's record, every change, print, export and sign-in. Nobody can change or remove an entry without the check below finding it.</source>
            <translation type="unfinished">কোনো ব্যক্তির রেকর্ড প্রতিবার দেখা, প্রতিটি পরিবর্তন, প্রিন্ট, এক্সপোর্ট ও সাইন-ইন। নিচের পরীক্ষায় ধরা না পড়ে কেউ কোনো এন্ট্রি পরিবর্তন করতে বা সরাতে পারে না।</translation>
        </message>
        <message>
            <source>No entry matches.</source>
            <translation type="unfinished">কোনো এন্ট্রি মেলেনি।</translation>
        </message>
        <message numerus="yes">
            <source>%n entries shown, newest first.</source>
            <translation type="unfinished">
                <numerusform>%n টি এন্ট্রি দেখানো হচ্ছে, নতুনগুলো আগে।</numerusform>
                <numerusform>%n টি এন্ট্রি দেখানো হচ্ছে, নতুনগুলো আগে।</numerusform>
            </translation>
        </message>
        <message>
            <source>The trail has been tampered with: %1</source>
            <translation type="unfinished">ট্রেইলে কারসাজি করা হয়েছে: %1</translation>
        </message>
        <message>
            <source>The trail holds together: no entry has been changed or removed.</source>
            <translation type="unfinished">ট্রেইল অক্ষত আছে: কোনো এন্ট্রি পরিবর্তন করা বা সরানো হয়নি।</translation>
        </message>
    </context>
    <context>
        <name>waymark::BackgroundSync</name>
        <message>
            <source>Nothing was synced; this laptop's records are as they were. %1</source>
            <translation type="unfinished">কিছুই সিঙ্ক হয়নি; এই ল্যাপটপের রেকর্ডগুলো আগের মতোই আছে। %1</translation>
        </message>
    </context>
    <context>
        <name>waymark::BarChartView</name>
        <message>
            <source>No figures to show.</source>
            <translation type="unfinished">দেখানোর মতো কোনো সংখ্যা নেই।</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished">%1: %2</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation type="unfinished">%1। %2</translation>
        </message>
    </context>
    <context>
        <name>waymark::CaseloadModel</name>
        <message>
            <source>Referred</source>
            <translation type="unfinished">রেফার করা হয়েছে</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation type="unfinished">শুরু হচ্ছে</translation>
        </message>
        <message>
            <source>In support</source>
            <translation type="unfinished">সহায়তা চলছে</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished">বন্ধ</translation>
        </message>
        <message>
            <source>Not in support</source>
            <translation type="unfinished">সহায়তায় নেই</translation>
        </message>
        <message>
            <source>Appointment %1</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্ট %1</translation>
        </message>
        <message>
            <source>Decide on the referral</source>
            <translation type="unfinished">রেফারেল সম্পর্কে সিদ্ধান্ত নিন</translation>
        </message>
        <message>
            <source>Book an appointment</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্ট বুক করুন</translation>
        </message>
        <message>
            <source>Open %1's record (Enter or double-click)</source>
            <translation type="unfinished">%1-এর রেকর্ড খুলুন (Enter বা ডাবল-ক্লিক)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">নাম</translation>
        </message>
        <message>
            <source>Key worker</source>
            <translation type="unfinished">কী ওয়ার্কার</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">চুক্তি</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">অবস্থা</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation type="unfinished">শুরুর তারিখ</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation type="unfinished">পরবর্তী পদক্ষেপ</translation>
        </message>
    </context>
    <context>
        <name>waymark::CaseloadPage</name>
        <message>
            <source>Caseload</source>
            <translation type="unfinished">কেসলোড</translation>
        </message>
        <message>
            <source>Search by name, key worker, contract or status</source>
            <translation type="unfinished">নাম, কী ওয়ার্কার, চুক্তি বা অবস্থা দিয়ে খুঁজুন</translation>
        </message>
        <message>
            <source>Search the caseload</source>
            <translation type="unfinished">কেসলোডে খুঁজুন</translation>
        </message>
        <message>
            <source>Filters the list as you type</source>
            <translation type="unfinished">আপনি টাইপ করার সাথে সাথে তালিকা ফিল্টার করে</translation>
        </message>
        <message>
            <source>The caseload was not read. Press F5 to read it.</source>
            <translation type="unfinished">কেসলোড পড়া হয়নি। পড়তে F5 চাপুন।</translation>
        </message>
        <message>
            <source>The caseload was not read.</source>
            <translation type="unfinished">কেসলোড পড়া হয়নি।</translation>
        </message>
        <message>
            <source>Reading the caseload…</source>
            <translation type="unfinished">কেসলোড পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>The caseload could not be read</source>
            <translation type="unfinished">কেসলোড পড়া যায়নি</translation>
        </message>
        <message>
            <source>No one is on your caseload yet</source>
            <translation type="unfinished">আপনার কেসলোডে এখনো কেউ নেই</translation>
        </message>
        <message>
            <source>People appear here when a team leader makes you the key worker of their support. The team's referrals are on the Referrals screen (Ctrl+3).</source>
            <translation type="unfinished">কোনো টিম লিডার আপনাকে কারো সহায়তার কী ওয়ার্কার করলে সেই ব্যক্তিরা এখানে দেখা যাবেন। টিমের রেফারেলগুলো রেফারেল স্ক্রিনে আছে (Ctrl+3)।</translation>
        </message>
        <message>
            <source>No one is on the caseload yet</source>
            <translation type="unfinished">কেসলোডে এখনো কেউ নেই</translation>
        </message>
        <message>
            <source>Record the first referral on the Referrals screen (Ctrl+3, then Ctrl+N). A caseload kept elsewhere comes in with "waymark-cli import FILE.json"; "waymark-cli demo" fills a separate file with fictional people to try Waymark on.</source>
            <translation type="unfinished">রেফারেল স্ক্রিনে প্রথম রেফারেলটি রেকর্ড করুন (Ctrl+3, তারপর Ctrl+N)। অন্য কোথাও রাখা কেসলোড "waymark-cli import FILE.json" দিয়ে আনা যায়; Waymark চেষ্টা করে দেখার জন্য "waymark-cli demo" একটি আলাদা ফাইলে কাল্পনিক ব্যক্তিদের তথ্য ভরে দেয়।</translation>
        </message>
        <message>
            <source>No one matches "%1"</source>
            <translation type="unfinished">"%1"-এর সাথে কেউ মেলেনি</translation>
        </message>
        <message>
            <source>Check the spelling, search by part of a name, or clear the search to see everyone.</source>
            <translation type="unfinished">বানান পরীক্ষা করুন, নামের অংশ দিয়ে খুঁজুন, অথবা সবাইকে দেখতে খোঁজাটি মুছে দিন।</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation type="unfinished">
                <numerusform>%n জন ব্যক্তি</numerusform>
                <numerusform>%n জন ব্যক্তি</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 people</source>
            <translation type="unfinished">%2 জনের মধ্যে %1 জন</translation>
        </message>
        <message>
            <source>Still reading the caseload</source>
            <translation type="unfinished">কেসলোড এখনও পড়া হচ্ছে</translation>
        </message>
        <message>
            <source>The people matching "%1" will be shown when the whole caseload has been read.</source>
            <translation type="unfinished">পুরো কেসলোড পড়া হয়ে গেলে "%1"-এর সাথে মেলে এমন ব্যক্তিদের দেখানো হবে।</translation>
        </message>
        <message numerus="yes">
            <source>The first %n shown; reading the rest…</source>
            <translation type="unfinished">
                <numerusform>প্রথম %n জন দেখানো হয়েছে; বাকিটা পড়া হচ্ছে…</numerusform>
                <numerusform>প্রথম %n জন দেখানো হয়েছে; বাকিটা পড়া হচ্ছে…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>waymark::CaseloadStarView</name>
        <message>
            <source>Contract</source>
            <translation type="unfinished">চুক্তি</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation type="unfinished">কেসলোড</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished">প্রিন্ট করুন (&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Contract:</source>
            <translation type="unfinished">চুক্তি (&amp;C):</translation>
        </message>
        <message>
            <source>Case&amp;load:</source>
            <translation type="unfinished">কেসলোড (&amp;L):</translation>
        </message>
        <message>
            <source>Distance travelled by area</source>
            <translation type="unfinished">ক্ষেত্র অনুযায়ী অতিক্রান্ত দূরত্ব</translation>
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished">ক্ষেত্র</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation type="unfinished">সময়কাল</translation>
        </message>
        <message>
            <source>Mean first</source>
            <translation type="unfinished">প্রথমটির গড়</translation>
        </message>
        <message>
            <source>Mean latest</source>
            <translation type="unfinished">সর্বশেষটির গড়</translation>
        </message>
        <message>
            <source>Mean change</source>
            <translation type="unfinished">পরিবর্তনের গড়</translation>
        </message>
        <message>
            <source>Stopped: the distance travelled was not worked out. Choose another contract, caseload or period to work it out.</source>
            <translation type="unfinished">থামানো হয়েছে: অতিক্রান্ত দূরত্ব হিসাব করা হয়নি। হিসাব করতে অন্য একটি চুক্তি, কেসলোড বা সময়কাল বেছে নিন।</translation>
        </message>
        <message>
            <source>The whole team</source>
            <translation type="unfinished">পুরো টিম</translation>
        </message>
        <message>
            <source>No contract uses a star: an administrator sets one in Admin.</source>
            <translation type="unfinished">কোনো চুক্তি স্টার ব্যবহার করে না: একজন অ্যাডমিনিস্ট্রেটর অ্যাডমিন-এ এটি সেট করেন।</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished">ত্রুটি: %1</translation>
        </message>
        <message>
            <source>the report was not read.</source>
            <translation type="unfinished">রিপোর্টটি পড়া হয়নি।</translation>
        </message>
        <message>
            <source>Working out the distance travelled for %1…</source>
            <translation type="unfinished">%1-এর অতিক্রান্ত দূরত্ব হিসাব করা হচ্ছে…</translation>
        </message>
        <message>
            <source>No support period in this period has two star assessments yet, so there is no distance travelled to show.</source>
            <translation type="unfinished">এই সময়ের মধ্যে কোনো সহায়তার সময়কালে এখনো দুটি স্টার মূল্যায়ন নেই, তাই দেখানোর মতো কোনো অতিক্রান্ত দূরত্ব নেই।</translation>
        </message>
        <message>
            <source>1 support period with two or more stars; mean total change %1 points.</source>
            <translation type="unfinished">দুই বা তার বেশি স্টারসহ 1টি সহায়তার সময়কাল; মোট পরিবর্তনের গড় %1 পয়েন্ট।</translation>
        </message>
        <message>
            <source>%1 support periods with two or more stars; mean total change %2 points.</source>
            <translation type="unfinished">দুই বা তার বেশি স্টারসহ %1টি সহায়তার সময়কাল; মোট পরিবর্তনের গড় %2 পয়েন্ট।</translation>
        </message>
    </context>
    <context>
        <name>waymark::CaseworkForms</name>
        <message>
            <source>Choose</source>
            <translation type="unfinished">বেছে নিন</translation>
        </message>
        <message>
            <source>Change key worker</source>
            <translation type="unfinished">কী ওয়ার্কার পরিবর্তন করুন</translation>
        </message>
        <message>
            <source>The new key worker takes over the person's support from today; the change is kept in the history.</source>
            <translation type="unfinished">নতুন কী ওয়ার্কার আজ থেকে ব্যক্তির সহায়তার দায়িত্ব নেবেন; পরিবর্তনটি ইতিহাসে রাখা হয়।</translation>
        </message>
        <message>
            <source>&amp;Change key worker</source>
            <translation type="unfinished">কী ওয়ার্কার পরিবর্তন করুন (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Key worker:</source>
            <translation type="unfinished">কী ওয়ার্কার (&amp;K):</translation>
        </message>
        <message>
            <source>Extend support</source>
            <translation type="unfinished">সহায়তার মেয়াদ বাড়ান</translation>
        </message>
        <message>
            <source>Support may go past its maximum length only when the care practitioner or team agrees (T 1.9-1.10). Record who agreed, why, and until when.</source>
            <translation type="unfinished">কেয়ার প্র্যাকটিশনার বা টিম সম্মত হলেই কেবল সহায়তা তার সর্বোচ্চ মেয়াদ পেরোতে পারে (T 1.9-1.10)। কে সম্মত হয়েছেন, কেন, এবং কবে পর্যন্ত তা রেকর্ড করুন।</translation>
        </message>
        <message>
            <source>&amp;Record extension</source>
            <translation type="unfinished">মেয়াদ বাড়ানো রেকর্ড করুন (&amp;R)</translation>
        </message>
        <message>
            <source>name and team, for example Dr Shah, CMHT</source>
            <translation type="unfinished">নাম ও টিম, যেমন Dr Shah, CMHT</translation>
        </message>
        <message>
            <source>Support &amp;until:</source>
            <translation type="unfinished">সহায়তা যে তারিখ পর্যন্ত (&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Agreed with:</source>
            <translation type="unfinished">যাঁর সাথে সম্মত (&amp;A):</translation>
        </message>
        <message>
            <source>Withdrawal review</source>
            <translation type="unfinished">প্রত্যাহার পর্যালোচনা</translation>
        </message>
        <message>
            <source>After repeated missed appointments (T 5.4.1), decide whether support continues or is withdrawn. Recording the review starts the count of missed appointments again.</source>
            <translation type="unfinished">বারবার অ্যাপয়েন্টমেন্ট মিস করার পর (T 5.4.1), সহায়তা চলবে নাকি প্রত্যাহার করা হবে তা সিদ্ধান্ত নিন। পর্যালোচনা রেকর্ড করলে মিস করা অ্যাপয়েন্টমেন্টের গণনা আবার নতুন করে শুরু হয়।</translation>
        </message>
        <message>
            <source>&amp;Record review</source>
            <translation type="unfinished">পর্যালোচনা রেকর্ড করুন (&amp;R)</translation>
        </message>
        <message>
            <source>for example the team leader, with the person</source>
            <translation type="unfinished">যেমন টিম লিডার, ব্যক্তির সাথে</translation>
        </message>
        <message>
            <source>&amp;Held on:</source>
            <translation type="unfinished">অনুষ্ঠিত হওয়ার তারিখ (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation type="unfinished">সিদ্ধান্ত (&amp;D):</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation type="unfinished">সিদ্ধান্ত নিয়েছেন (&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation type="unfinished">কেন (&amp;W):</translation>
        </message>
        <message>
            <source>Close support</source>
            <translation type="unfinished">সহায়তা বন্ধ করুন</translation>
        </message>
        <message>
            <source>Record how support ended. Where the person went and the outcomes achieved are what the quarterly return counts, so every field is needed; choose "Not known" where you do not know.</source>
            <translation type="unfinished">সহায়তা কীভাবে শেষ হয়েছে তা রেকর্ড করুন। ব্যক্তি কোথায় গেছেন এবং কী ফলাফল অর্জিত হয়েছে, ত্রৈমাসিক রিটার্নে সেগুলোই গণনা করা হয়, তাই প্রতিটি ঘর পূরণ করা দরকার; যেখানে জানেন না সেখানে "জানা নেই" বেছে নিন।</translation>
        </message>
        <message>
            <source>&amp;Close support</source>
            <translation type="unfinished">সহায়তা বন্ধ করুন (&amp;C)</translation>
        </message>
        <message>
            <source>The person is still vulnerable and was referred on</source>
            <translation type="unfinished">ব্যক্তিটি এখনো ঝুঁকিপূর্ণ অবস্থায় আছেন এবং তাঁকে অন্যত্র রেফার করা হয়েছে</translation>
        </message>
        <message>
            <source>the organisation referred on to</source>
            <translation type="unfinished">যে সংস্থায় রেফার করা হয়েছে</translation>
        </message>
        <message>
            <source>Outcomes Framework</source>
            <translation type="unfinished">Outcomes Framework</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">ফলাফল</translation>
        </message>
        <message>
            <source>Need identified</source>
            <translation type="unfinished">চাহিদা চিহ্নিত</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="unfinished">অর্জিত</translation>
        </message>
        <message>
            <source>Support &amp;ended:</source>
            <translation type="unfinished">সহায়তা শেষ হয়েছে (&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Why it ended:</source>
            <translation type="unfinished">কেন শেষ হয়েছে (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Planned departure:</source>
            <translation type="unfinished">পরিকল্পিত প্রস্থান (&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Lives now in:</source>
            <translation type="unfinished">এখন যেখানে থাকেন (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Referred on to:</source>
            <translation type="unfinished">যেখানে রেফার করা হয়েছে (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Outcomes:</source>
            <translation type="unfinished">ফলাফল (&amp;O):</translation>
        </message>
        <message>
            <source>New case note</source>
            <translation type="unfinished">নতুন কেস নোট</translation>
        </message>
        <message>
            <source>A note is dated now and signed by its author. It can be changed today; after today a correction is added instead.</source>
            <translation type="unfinished">নোটে এখনকার তারিখ দেওয়া হয় এবং এর লেখকের স্বাক্ষর থাকে। আজ এটি পরিবর্তন করা যায়; আজকের পরে এর বদলে একটি সংশোধনী যোগ করা হয়।</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation type="unfinished">নোট সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Written by:</source>
            <translation type="unfinished">লিখেছেন (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation type="unfinished">নোট (&amp;N):</translation>
        </message>
        <message>
            <source>Correct a case note</source>
            <translation type="unfinished">একটি কেস নোট সংশোধন করুন</translation>
        </message>
        <message>
            <source>The note of %1 stays as it was written. The correction is a new note that points to it:

%2</source>
            <translation type="unfinished">%1-এর নোটটি যেমন লেখা হয়েছিল তেমনই থাকবে। সংশোধনীটি একটি নতুন নোট, যা ওই নোটের দিকে নির্দেশ করে:

%2</translation>
        </message>
        <message>
            <source>&amp;Save correction</source>
            <translation type="unfinished">সংশোধনী সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Correction:</source>
            <translation type="unfinished">সংশোধনী (&amp;C):</translation>
        </message>
        <message>
            <source>Move an appointment</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্টের সময় পরিবর্তন করুন</translation>
        </message>
        <message>
            <source>Book an appointment</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্ট বুক করুন</translation>
        </message>
        <message>
            <source>Planned and attended hours count against the contract's weekly cap, Monday to Sunday.</source>
            <translation type="unfinished">পরিকল্পিত ও উপস্থিত থাকা ঘণ্টাগুলো চুক্তির সাপ্তাহিক সীমার মধ্যে গণনা করা হয়, সোমবার থেকে রবিবার।</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation type="unfinished">সময় পরিবর্তন করুন (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Book</source>
            <translation type="unfinished">বুক করুন (&amp;B)</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished"> মিনিট</translation>
        </message>
        <message>
            <source>only when the week goes over the cap</source>
            <translation type="unfinished">কেবল সপ্তাহের মোট সময় সীমা ছাড়িয়ে গেলে</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation type="unfinished">কখন (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;How long:</source>
            <translation type="unfinished">কতক্ষণ (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished">ধরন (&amp;K):</translation>
        </message>
        <message>
            <source>This week:</source>
            <translation type="unfinished">এই সপ্তাহ:</translation>
        </message>
        <message>
            <source>&amp;Reason for going over:</source>
            <translation type="unfinished">সীমা ছাড়ানোর কারণ (&amp;R):</translation>
        </message>
        <message>
            <source>%1 hours booked in this week (no weekly cap on this contract).</source>
            <translation type="unfinished">এই সপ্তাহে %1 ঘণ্টা বুক করা হয়েছে (এই চুক্তিতে কোনো সাপ্তাহিক সীমা নেই)।</translation>
        </message>
        <message>
            <source>%1 of %2 hours: over the cap. Give the reason below to go ahead.</source>
            <translation type="unfinished">%2 ঘণ্টার মধ্যে %1 ঘণ্টা: সীমা ছাড়িয়ে গেছে। এগিয়ে যেতে নিচে কারণটি লিখুন।</translation>
        </message>
        <message>
            <source>%1 of %2 hours.</source>
            <translation type="unfinished">%2 ঘণ্টার মধ্যে %1 ঘণ্টা।</translation>
        </message>
        <message>
            <source>Hospital stay</source>
            <translation type="unfinished">হাসপাতালে থাকা</translation>
        </message>
        <message>
            <source>Leave "Still in hospital" ticked until the person is discharged.</source>
            <translation type="unfinished">ব্যক্তি ডিসচার্জ না হওয়া পর্যন্ত "এখনো হাসপাতালে" টিক দিয়ে রাখুন।</translation>
        </message>
        <message>
            <source>&amp;Save stay</source>
            <translation type="unfinished">হাসপাতালে থাকা সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>Still in hospital</source>
            <translation type="unfinished">এখনো হাসপাতালে</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation type="unfinished">জানা নেই</translation>
        </message>
        <message>
            <source>&amp;Admitted:</source>
            <translation type="unfinished">ভর্তি হয়েছেন (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Discharged:</source>
            <translation type="unfinished">ডিসচার্জ হয়েছেন (&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Health:</source>
            <translation type="unfinished">স্বাস্থ্য (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Planned admission:</source>
            <translation type="unfinished">পরিকল্পিত ভর্তি (&amp;P):</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation type="unfinished">অভিযোগ</translation>
        </message>
        <message>
            <source>A serious complaint must go to the commissioner's authorised officer at once (C 12): record the date you sent it.</source>
            <translation type="unfinished">গুরুতর অভিযোগ অবশ্যই সঙ্গে সঙ্গে কমিশনারের অনুমোদিত কর্মকর্তার কাছে পাঠাতে হবে (C 12): আপনি যে তারিখে পাঠিয়েছেন তা রেকর্ড করুন।</translation>
        </message>
        <message>
            <source>&amp;Save complaint</source>
            <translation type="unfinished">অভিযোগ সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>Sent to the commissioner's authorised officer today</source>
            <translation type="unfinished">আজ কমিশনারের অনুমোদিত কর্মকর্তার কাছে পাঠানো হয়েছে</translation>
        </message>
        <message>
            <source>&amp;Received:</source>
            <translation type="unfinished">পাওয়ার তারিখ (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation type="unfinished">যাঁর কাছ থেকে (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;What about:</source>
            <translation type="unfinished">বিষয় (&amp;W):</translation>
        </message>
        <message>
            <source>Sent to the commissioner</source>
            <translation type="unfinished">কমিশনারের কাছে পাঠানো হয়েছে</translation>
        </message>
        <message>
            <source>The serious complaint received %1: when was it sent to the commissioner's authorised officer?</source>
            <translation type="unfinished">%1 তারিখে পাওয়া গুরুতর অভিযোগ: এটি কবে কমিশনারের অনুমোদিত কর্মকর্তার কাছে পাঠানো হয়েছে?</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation type="unfinished">রেকর্ড করুন (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Sent on:</source>
            <translation type="unfinished">পাঠানোর তারিখ (&amp;S):</translation>
        </message>
        <message>
            <source>Complaint outcome</source>
            <translation type="unfinished">অভিযোগের ফলাফল</translation>
        </message>
        <message>
            <source>The complaint received %1: %2</source>
            <translation type="unfinished">%1 তারিখে পাওয়া অভিযোগ: %2</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished">সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished">বন্ধ করা হয়েছে</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation type="unfinished">ফলাফল (&amp;O):</translation>
        </message>
        <message>
            <source>Incident or safeguarding concern</source>
            <translation type="unfinished">ঘটনা বা সেফগার্ডিং উদ্বেগ</translation>
        </message>
        <message>
            <source>Serious untoward incidents and safeguarding concerns are reported to the commissioner; record the date when they are.</source>
            <translation type="unfinished">গুরুতর অপ্রত্যাশিত ঘটনা (serious untoward incident) ও সেফগার্ডিং উদ্বেগ কমিশনারের কাছে রিপোর্ট করা হয়; রিপোর্ট করা হলে সেই তারিখ রেকর্ড করুন।</translation>
        </message>
        <message>
            <source>Reported to the commissioner today</source>
            <translation type="unfinished">আজ কমিশনারের কাছে রিপোর্ট করা হয়েছে</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation type="unfinished">কারণ (&amp;S):</translation>
        </message>
        <message>
            <source>Wi&amp;th:</source>
            <translation type="unfinished">কার সাথে (&amp;T):</translation>
        </message>
        <message>
            <source>Ser&amp;ious:</source>
            <translation type="unfinished">গুরুতর (&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Closed on:</source>
            <translation type="unfinished">বন্ধের তারিখ (&amp;C):</translation>
        </message>
        <message>
            <source>What &amp;happened:</source>
            <translation type="unfinished">কী ঘটেছে (&amp;H):</translation>
        </message>
    </context>
    <context>
        <name>waymark::ChangeHistoryView</name>
        <message>
            <source>When</source>
            <translation type="unfinished">কখন</translation>
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished">কে</translation>
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished">রেকর্ড</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished">কী</translation>
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished">আগে</translation>
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished">পরে</translation>
        </message>
        <message>
            <source>Changes to this person's records</source>
            <translation type="unfinished">এই ব্যক্তির রেকর্ডে পরিবর্তনসমূহ</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">প্রোফাইল</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished">রেফারেল</translation>
        </message>
        <message>
            <source>Support period</source>
            <translation type="unfinished">সহায়তার সময়কাল</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্ট</translation>
        </message>
        <message>
            <source>Hospital stay</source>
            <translation type="unfinished">হাসপাতালে থাকা</translation>
        </message>
        <message>
            <source>Outcome Star</source>
            <translation type="unfinished">Outcome Star</translation>
        </message>
        <message>
            <source>Outcome Star score</source>
            <translation type="unfinished">Outcome Star স্কোর</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">ফলাফল</translation>
        </message>
        <message>
            <source>Support plan</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished">লক্ষ্য</translation>
        </message>
        <message>
            <source>Goal task</source>
            <translation type="unfinished">লক্ষ্যের কাজ</translation>
        </message>
        <message>
            <source>Plan review</source>
            <translation type="unfinished">পরিকল্পনা পর্যালোচনা</translation>
        </message>
        <message>
            <source>Session attendance</source>
            <translation type="unfinished">সেশনে উপস্থিতি</translation>
        </message>
        <message>
            <source>Withdrawal review</source>
            <translation type="unfinished">প্রত্যাহার পর্যালোচনা</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation type="unfinished">অভিযোগ</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished">ঘটনা</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation type="unfinished">কেস নোট</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation type="unfinished">রেকর্ড করা হয়েছে</translation>
        </message>
        <message>
            <source>Imported, with their records, from</source>
            <translation type="unfinished">রেকর্ডসহ ইমপোর্ট করা হয়েছে, উৎস</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished">মুছে ফেলা হয়েছে</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation type="unfinished">পুনরুদ্ধার করা হয়েছে</translation>
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished">যোগ করা হয়েছে</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation type="unfinished">সরানো হয়েছে</translation>
        </message>
    </context>
    <context>
        <name>waymark::ColumnNamedDelegate</name>
        <message>
            <source>%1, row %2</source>
            <translation type="unfinished">%1, সারি %2</translation>
        </message>
    </context>
    <context>
        <name>waymark::DataQuality</name>
        <message>
            <source>Support ended %1</source>
            <translation type="unfinished">সহায়তা শেষ হয়েছে %1</translation>
        </message>
        <message>
            <source>where they moved to is not recorded</source>
            <translation type="unfinished">তিনি কোথায় চলে গেছেন তা রেকর্ড করা হয়নি</translation>
        </message>
        <message>
            <source>no outcomes recorded</source>
            <translation type="unfinished">কোনো ফলাফল রেকর্ড করা হয়নি</translation>
        </message>
        <message>
            <source>GP registration not known</source>
            <translation type="unfinished">GP নিবন্ধন জানা নেই</translation>
        </message>
        <message>
            <source>Where they live (tenure) not known</source>
            <translation type="unfinished">কোথায় থাকেন (টেনিওর) জানা নেই</translation>
        </message>
        <message>
            <source>Referral received %1 has no first contact recorded</source>
            <translation type="unfinished">%1 তারিখে পাওয়া রেফারেলে প্রথম যোগাযোগ রেকর্ড করা হয়নি</translation>
        </message>
        <message>
            <source>In hospital since %1 with no discharge recorded: more than a year</source>
            <translation type="unfinished">%1 থেকে হাসপাতালে, কোনো ডিসচার্জ রেকর্ড করা হয়নি: এক বছরেরও বেশি</translation>
        </message>
        <message>
            <source>Hospital stay from %1 overlaps the stay from %2: its nights count twice</source>
            <translation type="unfinished">%1 থেকে শুরু হওয়া হাসপাতালে থাকা %2 থেকে শুরু হওয়া থাকার সাথে মিলে যায়: এর রাতগুলো দুবার গণনা হয়</translation>
        </message>
    </context>
    <context>
        <name>waymark::DataQualityDialog</name>
        <message>
            <source>Person</source>
            <translation type="unfinished">ব্যক্তি</translation>
        </message>
        <message>
            <source>What to check</source>
            <translation type="unfinished">কী পরীক্ষা করতে হবে</translation>
        </message>
        <message>
            <source>Figures it affects</source>
            <translation type="unfinished">যে হিসাবগুলোতে প্রভাব ফেলে</translation>
        </message>
        <message>
            <source>Where to fix it</source>
            <translation type="unfinished">কোথায় ঠিক করবেন</translation>
        </message>
        <message>
            <source>Records to check before the return is sent</source>
            <translation type="unfinished">রিটার্ন পাঠানোর আগে যে রেকর্ডগুলো পরীক্ষা করতে হবে</translation>
        </message>
        <message>
            <source>Check the data before sending</source>
            <translation type="unfinished">পাঠানোর আগে ডেটা পরীক্ষা করুন</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">প্রোফাইল</translation>
        </message>
        <message>
            <source>Health</source>
            <translation type="unfinished">স্বাস্থ্য</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished">ফলাফল</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished">রেফারেল</translation>
        </message>
        <message>
            <source>Not on record (%1)</source>
            <translation type="unfinished">রেকর্ডে নেই (%1)</translation>
        </message>
        <message>
            <source>None of this contract's figures</source>
            <translation type="unfinished">এই চুক্তির কোনো হিসাবে নয়</translation>
        </message>
        <message>
            <source>Nothing to check: every record these figures read is complete.</source>
            <translation type="unfinished">পরীক্ষা করার কিছু নেই: এই হিসাবগুলো যেসব রেকর্ড পড়ে তার প্রতিটি সম্পূর্ণ।</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) to check before the return is sent. Double-click one to open the person's record where it is put right; the return is worked out again when you come back.</source>
            <translation type="unfinished">
                <numerusform>রিটার্ন পাঠানোর আগে %n টি রেকর্ড পরীক্ষা করতে হবে। ব্যক্তির রেকর্ডের যে অংশে এটি ঠিক করা হয় তা খুলতে একটিতে ডাবল-ক্লিক করুন; আপনি ফিরে এলে রিটার্ন আবার হিসাব করা হয়।</numerusform>
                <numerusform>রিটার্ন পাঠানোর আগে %n টি রেকর্ড পরীক্ষা করতে হবে। ব্যক্তির রেকর্ডের যে অংশে এটি ঠিক করা হয় তা খুলতে একটিতে ডাবল-ক্লিক করুন; আপনি ফিরে এলে রিটার্ন আবার হিসাব করা হয়।</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation type="unfinished">রেকর্ড খুলুন (&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>waymark::DeletedRecordService</name>
        <message>
            <source>This kind of record is corrected, not deleted, so that what happened stays readable.</source>
            <translation type="unfinished">এই ধরনের রেকর্ড মুছে ফেলা হয় না, সংশোধন করা হয়, যাতে কী ঘটেছিল তা পড়া যায়।</translation>
        </message>
        <message>
            <source>seeing deleted records</source>
            <translation type="unfinished">মুছে ফেলা রেকর্ড দেখা</translation>
        </message>
        <message>
            <source>restoring a deleted record</source>
            <translation type="unfinished">একটি মুছে ফেলা রেকর্ড পুনরুদ্ধার করা</translation>
        </message>
        <message>
            <source>This record cannot come back on its own: %1 is deleted too. Restore that first.</source>
            <translation type="unfinished">এই রেকর্ডটি একা ফিরিয়ে আনা যায় না: %1-ও মুছে ফেলা হয়েছে। আগে সেটি পুনরুদ্ধার করুন।</translation>
        </message>
    </context>
    <context>
        <name>waymark::DeletedRecordsView</name>
        <message>
            <source>Person</source>
            <translation type="unfinished">ব্যক্তি</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished">রেফারেল</translation>
        </message>
        <message>
            <source>Support period</source>
            <translation type="unfinished">সহায়তার সময়কাল</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্ট</translation>
        </message>
        <message>
            <source>Hospital stay</source>
            <translation type="unfinished">হাসপাতালে থাকা</translation>
        </message>
        <message>
            <source>Outcome Star</source>
            <translation type="unfinished">Outcome Star</translation>
        </message>
        <message>
            <source>Support plan</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished">লক্ষ্য</translation>
        </message>
        <message>
            <source>Plan review</source>
            <translation type="unfinished">পরিকল্পনা পর্যালোচনা</translation>
        </message>
        <message>
            <source>Withdrawal review</source>
            <translation type="unfinished">প্রত্যাহার পর্যালোচনা</translation>
        </message>
        <message>
            <source>Risk assessment</source>
            <translation type="unfinished">ঝুঁকি মূল্যায়ন</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation type="unfinished">অভিযোগ</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished">ঘটনা</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation type="unfinished">কেস নোট</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished">মুছে ফেলা হয়েছে</translation>
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished">কর্তৃক</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished">কী</translation>
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished">বিস্তারিত</translation>
        </message>
        <message>
            <source>Deleted records</source>
            <translation type="unfinished">মুছে ফেলা রেকর্ড</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished">পুনরুদ্ধার করুন (&amp;R)</translation>
        </message>
        <message>
            <source>Puts the selected record back where it was; the audit trail keeps that you did</source>
            <translation type="unfinished">বেছে নেওয়া রেকর্ডটি আগের জায়গায় ফিরিয়ে দেয়; আপনি যে এটি করেছেন তা অডিট ট্রেইলে রাখা হয়</translation>
        </message>
        <message>
            <source>Nothing in Waymark is erased. A record deleted because it was entered by mistake leaves every list and return but stays here, with its history, until you restore it.</source>
            <translation type="unfinished">Waymark-এ কোনো কিছুই স্থায়ীভাবে মুছে ফেলা হয় না। ভুল করে লেখার কারণে মুছে ফেলা একটি রেকর্ড সব তালিকা ও রিটার্ন থেকে সরে যায়, কিন্তু আপনি পুনরুদ্ধার না করা পর্যন্ত এর ইতিহাসসহ এখানে থেকে যায়।</translation>
        </message>
        <message>
            <source>No deleted records.</source>
            <translation type="unfinished">কোনো মুছে ফেলা রেকর্ড নেই।</translation>
        </message>
        <message>
            <source>Deleted records: %1. Choose one to restore it.</source>
            <translation type="unfinished">মুছে ফেলা রেকর্ড: %1। পুনরুদ্ধার করতে একটি বেছে নিন।</translation>
        </message>
        <message>
            <source>%1 restored.</source>
            <translation type="unfinished">%1 পুনরুদ্ধার করা হয়েছে।</translation>
        </message>
    </context>
    <context>
        <name>waymark::DiaryPage</name>
        <message>
            <source>Diary</source>
            <translation type="unfinished">ডায়েরি</translation>
        </message>
        <message>
            <source>Whose diary</source>
            <translation type="unfinished">কার ডায়েরি</translation>
        </message>
        <message>
            <source>Day or week</source>
            <translation type="unfinished">দিন বা সপ্তাহ</translation>
        </message>
        <message>
            <source>Week</source>
            <translation type="unfinished">সপ্তাহ</translation>
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished">দিন</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation type="unfinished">← আগের (&amp;P)</translation>
        </message>
        <message>
            <source>T&amp;oday</source>
            <translation type="unfinished">আজ (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation type="unfinished">পরের (&amp;N) →</translation>
        </message>
        <message>
            <source>&amp;Book…</source>
            <translation type="unfinished">বুক করুন (&amp;B)…</translation>
        </message>
        <message>
            <source>Book an appointment with someone in support</source>
            <translation type="unfinished">সহায়তা পাচ্ছেন এমন কারো সাথে অ্যাপয়েন্টমেন্ট বুক করুন</translation>
        </message>
        <message>
            <source>E&amp;xport to calendar…</source>
            <translation type="unfinished">ক্যালেন্ডারে এক্সপোর্ট করুন (&amp;X)…</translation>
        </message>
        <message>
            <source>Save what is shown as an .ics file for Outlook or Thunderbird</source>
            <translation type="unfinished">যা দেখানো হচ্ছে তা Outlook বা Thunderbird-এর জন্য একটি .ics ফাইল হিসেবে সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>A&amp;ttended</source>
            <translation type="unfinished">উপস্থিত ছিলেন (&amp;T)</translation>
        </message>
        <message>
            <source>Did not &amp;attend</source>
            <translation type="unfinished">উপস্থিত হননি (&amp;A)</translation>
        </message>
        <message>
            <source>Cancelled by the p&amp;erson</source>
            <translation type="unfinished">ব্যক্তি বাতিল করেছেন (&amp;E)</translation>
        </message>
        <message>
            <source>Cancel (&amp;us)</source>
            <translation type="unfinished">বাতিল (আমাদের পক্ষ থেকে) (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Move…</source>
            <translation type="unfinished">সময় পরিবর্তন করুন (&amp;M)…</translation>
        </message>
        <message>
            <source>Open &amp;record</source>
            <translation type="unfinished">রেকর্ড খুলুন (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Letter…</source>
            <translation type="unfinished">চিঠি (&amp;L)…</translation>
        </message>
        <message>
            <source>Print a letter to the person confirming this appointment</source>
            <translation type="unfinished">এই অ্যাপয়েন্টমেন্ট নিশ্চিত করে ব্যক্তিকে একটি চিঠি প্রিন্ট করুন</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্ট</translation>
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished">সময়</translation>
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished">ব্যক্তি</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished">ধরন</translation>
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished">স্থায়িত্ব</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">অবস্থা</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">চুক্তি</translation>
        </message>
        <message>
            <source>diary-%1.ics</source>
            <translation type="unfinished">diary-%1.ics</translation>
        </message>
        <message>
            <source>Export the diary</source>
            <translation type="unfinished">ডায়েরি এক্সপোর্ট করুন</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation type="unfinished">iCalendar ফাইল (*.ics)</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished">সবাই</translation>
        </message>
        <message>
            <source>Your diary</source>
            <translation type="unfinished">আপনার ডায়েরি</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation type="unfinished">%1-এর সপ্তাহ</translation>
        </message>
        <message>
            <source>The diary could not be read</source>
            <translation type="unfinished">ডায়েরি পড়া যায়নি</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished">%1 মিনিট</translation>
        </message>
        <message>
            <source>%1: nothing booked</source>
            <translation type="unfinished">%1: কিছু বুক করা নেই</translation>
        </message>
        <message>
            <source>%1: 1 appointment, %2 hours</source>
            <translation type="unfinished">%1: 1টি অ্যাপয়েন্টমেন্ট, %2 ঘণ্টা</translation>
        </message>
        <message>
            <source>%1: %2 appointments, %3 hours</source>
            <translation type="unfinished">%1: %2টি অ্যাপয়েন্টমেন্ট, %3 ঘণ্টা</translation>
        </message>
        <message>
            <source>  (today)</source>
            <translation type="unfinished">  (আজ)</translation>
        </message>
        <message>
            <source>%1 hours planned or attended</source>
            <translation type="unfinished">%1 ঘণ্টা পরিকল্পিত বা উপস্থিত</translation>
        </message>
        <message>
            <source>Nothing booked</source>
            <translation type="unfinished">কিছু বুক করা নেই</translation>
        </message>
        <message>
            <source>No appointments on this day. Book one from a person's record (Diary tab).</source>
            <translation type="unfinished">এই দিনে কোনো অ্যাপয়েন্টমেন্ট নেই। কোনো ব্যক্তির রেকর্ড থেকে একটি বুক করুন (ডায়েরি ট্যাব)।</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">রেকর্ড করা হয়নি</translation>
        </message>
        <message>
            <source>No one to book</source>
            <translation type="unfinished">বুক করার মতো কেউ নেই</translation>
        </message>
        <message>
            <source>No one is in support today.</source>
            <translation type="unfinished">আজ কেউ সহায়তায় নেই।</translation>
        </message>
        <message>
            <source>Book an appointment</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্ট বুক করুন</translation>
        </message>
        <message>
            <source>With whom:</source>
            <translation type="unfinished">কার সাথে:</translation>
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished">টিম</translation>
        </message>
        <message>
            <source>%1, Waymark diary</source>
            <translation type="unfinished">%1, Waymark ডায়েরি</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation type="unfinished">এক্সপোর্ট করা হয়নি</translation>
        </message>
        <message>
            <source>Choose an appointment in the diary first.</source>
            <translation type="unfinished">প্রথমে ডায়েরিতে একটি অ্যাপয়েন্টমেন্ট বেছে নিন।</translation>
        </message>
    </context>
    <context>
        <name>waymark::EncryptedDatabase</name>
        <message>
            <source>%1 is already encrypted (its keys are beside it). Nothing was changed.</source>
            <translation type="unfinished">%1 আগে থেকেই এনক্রিপ্ট করা (এর কী-গুলো পাশে আছে)। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>There is no database at %1.</source>
            <translation type="unfinished">%1-এ কোনো ডেটাবেস নেই।</translation>
        </message>
        <message>
            <source>The encrypted copy of %1 did not check out (%2); the database is as it was.</source>
            <translation type="unfinished">%1-এর এনক্রিপ্ট করা কপি পরীক্ষায় উত্তীর্ণ হয়নি (%2); ডেটাবেসটি আগের মতোই আছে।</translation>
        </message>
        <message>
            <source>%1 is in use by another program; close it and try again. Nothing was changed.</source>
            <translation type="unfinished">%1 অন্য একটি প্রোগ্রাম ব্যবহার করছে; সেটি বন্ধ করে আবার চেষ্টা করুন। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>%1 could not be moved aside; nothing was changed.</source>
            <translation type="unfinished">%1 সরিয়ে রাখা যায়নি; কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>The encrypted copy could not take the place of %1; the plain database is back as it was.</source>
            <translation type="unfinished">এনক্রিপ্ট করা কপিটি %1-এর জায়গা নিতে পারেনি; সাধারণ (এনক্রিপ্ট না করা) ডেটাবেসটি আগের মতো ফিরিয়ে আনা হয়েছে।</translation>
        </message>
    </context>
    <context>
        <name>waymark::FieldMessages</name>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished">ত্রুটি: %1</translation>
        </message>
        <message>
            <source>Check: %1</source>
            <translation type="unfinished">পরীক্ষা করুন: %1</translation>
        </message>
    </context>
    <context>
        <name>waymark::FirstContactDialog</name>
        <message>
            <source>First contact</source>
            <translation type="unfinished">প্রথম যোগাযোগ</translation>
        </message>
        <message>
            <source>When did you first speak to the person about this referral? It was received %1.</source>
            <translation type="unfinished">এই রেফারেল সম্পর্কে আপনি প্রথম কবে ব্যক্তির সাথে কথা বলেছেন? এটি %1 তারিখে পাওয়া গেছে।</translation>
        </message>
        <message>
            <source>First &amp;contact:</source>
            <translation type="unfinished">প্রথম যোগাযোগ (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Record first contact</source>
            <translation type="unfinished">প্রথম যোগাযোগ রেকর্ড করুন (&amp;R)</translation>
        </message>
        <message>
            <source>That time does not exist in London: the clocks went forward.</source>
            <translation type="unfinished">লন্ডনে ওই সময়টির অস্তিত্ব নেই: ঘড়ির কাঁটা এগিয়ে দেওয়া হয়েছিল।</translation>
        </message>
    </context>
    <context>
        <name>waymark::FirstRunDialog</name>
        <message>
            <source>Welcome to Waymark</source>
            <translation type="unfinished">Waymark-এ স্বাগতম</translation>
        </message>
        <message>
            <source>Waymark keeps its records encrypted on this computer. Set up your organisation and the administrator who adds staff and contracts. Choose a passphrase of at least %1 characters that you will remember: without it nobody, not even Waymark, can open the records.</source>
            <translation type="unfinished">Waymark এই কম্পিউটারে এর রেকর্ডগুলো এনক্রিপ্ট করে রাখে। আপনার সংস্থা এবং যে অ্যাডমিনিস্ট্রেটর কর্মী ও চুক্তি যোগ করবেন তাঁকে সেট আপ করুন। কমপক্ষে %1 অক্ষরের এমন একটি পাসফ্রেজ বেছে নিন যা আপনার মনে থাকবে: এটি ছাড়া কেউ, এমনকি Waymark-ও, রেকর্ডগুলো খুলতে পারবে না।</translation>
        </message>
        <message>
            <source>The database will be %1</source>
            <translation type="unfinished">ডেটাবেসটি হবে %1</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished">সংস্থা</translation>
        </message>
        <message>
            <source>Administrator's name</source>
            <translation type="unfinished">অ্যাডমিনিস্ট্রেটরের নাম</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished">পাসফ্রেজ</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation type="unfinished">আবার পাসফ্রেজ</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation type="unfinished">সংস্থা (&amp;O):</translation>
        </message>
        <message>
            <source>Administrator's &amp;name:</source>
            <translation type="unfinished">অ্যাডমিনিস্ট্রেটরের নাম (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished">পাসফ্রেজ (&amp;P):</translation>
        </message>
        <message>
            <source>Passphrase &amp;again:</source>
            <translation type="unfinished">আবার পাসফ্রেজ (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Create the database</source>
            <translation type="unfinished">ডেটাবেস তৈরি করুন (&amp;C)</translation>
        </message>
        <message>
            <source>Type the organisation's name.</source>
            <translation type="unfinished">সংস্থার নাম লিখুন।</translation>
        </message>
        <message>
            <source>Type the name the administrator signs in with.</source>
            <translation type="unfinished">অ্যাডমিনিস্ট্রেটর যে নামে সাইন ইন করবেন তা লিখুন।</translation>
        </message>
        <message>
            <source>Type the passphrase again.</source>
            <translation type="unfinished">পাসফ্রেজটি আবার লিখুন।</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation type="unfinished">দুটি পাসফ্রেজ মেলেনি।</translation>
        </message>
    </context>
    <context>
        <name>waymark::FormDialog</name>
        <message>
            <source>Nothing was saved: correct the fields marked below.</source>
            <translation type="unfinished">কিছুই সংরক্ষণ করা হয়নি: নিচে চিহ্নিত ঘরগুলো ঠিক করুন।</translation>
        </message>
    </context>
    <context>
        <name>waymark::GoalDialog</name>
        <message>
            <source>New goal</source>
            <translation type="unfinished">নতুন লক্ষ্য</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished">লক্ষ্য</translation>
        </message>
        <message>
            <source>Specific: what will be different</source>
            <translation type="unfinished">সুনির্দিষ্ট: কী ভিন্ন হবে</translation>
        </message>
        <message>
            <source>Measurable: how you will both know</source>
            <translation type="unfinished">পরিমাপযোগ্য: আপনারা দুজনেই কীভাবে বুঝবেন</translation>
        </message>
        <message>
            <source>Who does what: the person, the key worker, others</source>
            <translation type="unfinished">কে কী করবেন: ব্যক্তি, কী ওয়ার্কার, অন্যরা</translation>
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished">কিছু না</translation>
        </message>
        <message>
            <source>Support tasks</source>
            <translation type="unfinished">সহায়তার কাজ</translation>
        </message>
        <message>
            <source>other tasks, separated by semicolons</source>
            <translation type="unfinished">অন্যান্য কাজ, সেমিকোলন (;) দিয়ে আলাদা করে</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation type="unfinished">লক্ষ্য (&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Measured by:</source>
            <translation type="unfinished">যেভাবে মাপা হবে (&amp;M):</translation>
        </message>
        <message>
            <source>&amp;Who does what:</source>
            <translation type="unfinished">কে কী করবেন (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Target date:</source>
            <translation type="unfinished">লক্ষ্য-তারিখ (&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Outcomes Framework:</source>
            <translation type="unfinished">Outcomes Framework (&amp;O):</translation>
        </message>
        <message>
            <source>Outcome Star &amp;area:</source>
            <translation type="unfinished">Outcome Star ক্ষেত্র (&amp;A):</translation>
        </message>
        <message>
            <source>Ot&amp;her tasks:</source>
            <translation type="unfinished">অন্যান্য কাজ (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation type="unfinished">অবস্থা (&amp;S):</translation>
        </message>
        <message>
            <source>Tas&amp;ks:</source>
            <translation type="unfinished">কাজ (&amp;K):</translation>
        </message>
    </context>
    <context>
        <name>waymark::KeyRing</name>
        <message>
            <source>The encryption library could not start.</source>
            <translation type="unfinished">এনক্রিপশন লাইব্রেরি চালু হতে পারেনি।</translation>
        </message>
        <message>
            <source>An account needs a name to sign in with.</source>
            <translation type="unfinished">সাইন ইন করার জন্য অ্যাকাউন্টের একটি নাম প্রয়োজন।</translation>
        </message>
        <message>
            <source>The database key is not 32 bytes.</source>
            <translation type="unfinished">ডেটাবেস কী 32 বাইটের নয়।</translation>
        </message>
        <message>
            <source>There is not enough memory to protect the passphrase.</source>
            <translation type="unfinished">পাসফ্রেজ সুরক্ষিত রাখার জন্য যথেষ্ট মেমরি নেই।</translation>
        </message>
        <message>
            <source>There is no account "%1".</source>
            <translation type="unfinished">"%1" নামে কোনো অ্যাকাউন্ট নেই।</translation>
        </message>
        <message>
            <source>"%1" is the only administrator: give someone else an administrator's account first.</source>
            <translation type="unfinished">"%1" একমাত্র অ্যাডমিনিস্ট্রেটর: প্রথমে অন্য কাউকে অ্যাডমিনিস্ট্রেটরের অ্যাকাউন্ট দিন।</translation>
        </message>
        <message>
            <source>The name or passphrase is not right.</source>
            <translation type="unfinished">নাম বা পাসফ্রেজ সঠিক নয়।</translation>
        </message>
        <message>
            <source>This account is locked after %1 wrong passphrases in a row; try again after %2 (UTC), or ask the administrator.</source>
            <translation type="unfinished">পরপর %1 বার ভুল পাসফ্রেজ দেওয়ায় এই অ্যাকাউন্টটি লক করা হয়েছে; %2 (UTC)-এর পরে আবার চেষ্টা করুন, অথবা অ্যাডমিনিস্ট্রেটরকে বলুন।</translation>
        </message>
        <message>
            <source>The keys of %1 cannot be read (%2): without them the database cannot be opened.</source>
            <translation type="unfinished">%1-এর কী-গুলো পড়া যাচ্ছে না (%2): এগুলো ছাড়া ডেটাবেস খোলা যাবে না।</translation>
        </message>
        <message>
            <source>%1 is damaged or is not a Waymark key file; it was left untouched.</source>
            <translation type="unfinished">%1 ক্ষতিগ্রস্ত অথবা এটি কোনো Waymark কী ফাইল নয়; এটি অপরিবর্তিত রাখা হয়েছে।</translation>
        </message>
        <message>
            <source>The keys could not be saved to %1: %2</source>
            <translation type="unfinished">কী-গুলো %1-এ সংরক্ষণ করা যায়নি: %2</translation>
        </message>
    </context>
    <context>
        <name>waymark::KpiCalculator</name>
        <message>
            <source>not recorded</source>
            <translation type="unfinished">রেকর্ড করা হয়নি</translation>
        </message>
        <message>
            <source>Support %1 to %2</source>
            <translation type="unfinished">সহায়তা %1 থেকে %2</translation>
        </message>
        <message>
            <source>Support from %1, open</source>
            <translation type="unfinished">সহায়তা %1 থেকে, চলমান</translation>
        </message>
        <message>
            <source>identified %1, achieved %2</source>
            <translation type="unfinished">চিহ্নিত %1, অর্জিত %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished">নেই</translation>
        </message>
        <message>
            <source>%1, %2, %3 min</source>
            <translation type="unfinished">%1, %2, %3 মিনিট</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished">নিবন্ধিত</translation>
        </message>
        <message>
            <source>Registered with %1</source>
            <translation type="unfinished">%1-এ নিবন্ধিত</translation>
        </message>
        <message>
            <source>Enhanced CPA</source>
            <translation type="unfinished">এনহ্যান্সড CPA</translation>
        </message>
        <message>
            <source>Admitted %1</source>
            <translation type="unfinished">ভর্তি %1</translation>
        </message>
        <message>
            <source>Admitted %1, discharged %2</source>
            <translation type="unfinished">ভর্তি %1, ছাড়া পেয়েছেন %2</translation>
        </message>
        <message>
            <source>Admitted %1, not discharged</source>
            <translation type="unfinished">ভর্তি %1, এখনো ছাড়া পাননি</translation>
        </message>
        <message>
            <source>Lives in: %1</source>
            <translation type="unfinished">যেখানে থাকেন: %1</translation>
        </message>
        <message>
            <source>Moved on to: %1</source>
            <translation type="unfinished">যেখানে চলে গেছেন: %1</translation>
        </message>
        <message>
            <source>Received %1</source>
            <translation type="unfinished">প্রাপ্ত %1</translation>
        </message>
        <message>
            <source>first contact %1</source>
            <translation type="unfinished">প্রথম যোগাযোগ %1</translation>
        </message>
        <message>
            <source>no first contact</source>
            <translation type="unfinished">প্রথম যোগাযোগ হয়নি</translation>
        </message>
        <message>
            <source>%1, %2 min</source>
            <translation type="unfinished">%1, %2 মিনিট</translation>
        </message>
        <message>
            <source>First support with this contract from %1</source>
            <translation type="unfinished">এই চুক্তির অধীনে প্রথম সহায়তা %1 থেকে</translation>
        </message>
        <message>
            <source>First befriending session in the period %1</source>
            <translation type="unfinished">এই সময়কালে প্রথম বিফ্রেন্ডিং সেশন %1</translation>
        </message>
    </context>
    <context>
        <name>waymark::KpiRecordsDialog</name>
        <message>
            <source>Person</source>
            <translation type="unfinished">ব্যক্তি</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">তারিখ</translation>
        </message>
        <message>
            <source>Why it counts</source>
            <translation type="unfinished">কেন গণনা করা হয়েছে</translation>
        </message>
        <message>
            <source>In the numerator</source>
            <translation type="unfinished">লবে গণনা করা হয়েছে</translation>
        </message>
        <message>
            <source>People and records behind the figure</source>
            <translation type="unfinished">এই পরিসংখ্যানের পেছনের ব্যক্তি ও রেকর্ড</translation>
        </message>
        <message>
            <source>Group session</source>
            <translation type="unfinished">গ্রুপ সেশন</translation>
        </message>
        <message>
            <source>Not on record (%1)</source>
            <translation type="unfinished">রেকর্ডে নেই (%1)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">হ্যাঁ</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">না</translation>
        </message>
        <message>
            <source>Double-click a person to open their record.</source>
            <translation type="unfinished">কোনো ব্যক্তির রেকর্ড খুলতে তাঁর নামে ডাবল-ক্লিক করুন।</translation>
        </message>
        <message>
            <source>%1 of %2 counted in the numerator. Double-click a person to open their record.</source>
            <translation type="unfinished">%2টির মধ্যে %1টি লবে গণনা করা হয়েছে। কোনো ব্যক্তির রেকর্ড খুলতে তাঁর নামে ডাবল-ক্লিক করুন।</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) behind this figure. Double-click a person to open their record.</source>
            <translation type="unfinished">
                <numerusform>এই পরিসংখ্যানের পেছনে %nটি রেকর্ড আছে। কোনো ব্যক্তির রেকর্ড খুলতে তাঁর নামে ডাবল-ক্লিক করুন।</numerusform>
                <numerusform>এই পরিসংখ্যানের পেছনে %nটি রেকর্ড আছে। কোনো ব্যক্তির রেকর্ড খুলতে তাঁর নামে ডাবল-ক্লিক করুন।</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation type="unfinished">রেকর্ড খুলুন (&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>waymark::KpiReport</name>
        <message>
            <source>The return was cancelled before it was worked out.</source>
            <translation type="unfinished">রিটার্নটি হিসাব করার আগেই বাতিল করা হয়েছে।</translation>
        </message>
        <message>
            <source>The contract %1 has no KPI set, so it has no return.</source>
            <translation type="unfinished">%1 চুক্তিতে কোনো KPI নির্ধারণ করা নেই, তাই এর কোনো রিটার্ন নেই।</translation>
        </message>
        <message>
            <source>The period starts after it ends.</source>
            <translation type="unfinished">সময়কালের শুরুর তারিখ শেষের তারিখের পরে পড়েছে।</translation>
        </message>
        <message>
            <source>There is no contract with the code %1.</source>
            <translation type="unfinished">%1 কোডের কোনো চুক্তি নেই।</translation>
        </message>
    </context>
    <context>
        <name>waymark::KpiReturnModel</name>
        <message>
            <source>%1 days</source>
            <translation type="unfinished">%1 দিন</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation type="unfinished">%1 ঘণ্টা</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation type="unfinished">%1 পয়েন্ট</translation>
        </message>
        <message>
            <source>No target</source>
            <translation type="unfinished">কোনো লক্ষ্যমাত্রা নেই</translation>
        </message>
        <message>
            <source>No data</source>
            <translation type="unfinished">কোনো তথ্য নেই</translation>
        </message>
        <message>
            <source>Met</source>
            <translation type="unfinished">পূরণ হয়েছে</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation type="unfinished">পূরণ হয়নি</translation>
        </message>
        <message>
            <source>▲ Up</source>
            <translation type="unfinished">▲ বেড়েছে</translation>
        </message>
        <message>
            <source>▼ Down</source>
            <translation type="unfinished">▼ কমেছে</translation>
        </message>
        <message>
            <source>= Same</source>
            <translation type="unfinished">= একই</translation>
        </message>
        <message>
            <source>Double-click to see the people and records behind this figure.</source>
            <translation type="unfinished">এই পরিসংখ্যানের পেছনের ব্যক্তি ও রেকর্ড দেখতে ডাবল-ক্লিক করুন।</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation type="unfinished">পরিসংখ্যান</translation>
        </message>
        <message>
            <source>Numerator</source>
            <translation type="unfinished">লব</translation>
        </message>
        <message>
            <source>Denominator</source>
            <translation type="unfinished">হর</translation>
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished">মান</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished">লক্ষ্যমাত্রা</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation type="unfinished">লক্ষ্যমাত্রা পূরণ</translation>
        </message>
        <message>
            <source>Previous (%1)</source>
            <translation type="unfinished">আগের (%1)</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation type="unfinished">আগের</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation type="unfinished">প্রবণতা</translation>
        </message>
    </context>
    <context>
        <name>waymark::KpiReturnView</name>
        <message>
            <source>&amp;Work it out again</source>
            <translation type="unfinished">আবার হিসাব করুন (&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished">প্রিন্ট করুন (&amp;P)…</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">চুক্তি</translation>
        </message>
        <message>
            <source>&amp;Contract:</source>
            <translation type="unfinished">চুক্তি (&amp;C):</translation>
        </message>
        <message>
            <source>Everyone N counts: a support period of the contract in the period</source>
            <translation type="unfinished">N-এ যাঁরা গণনা হন, তাঁরা সবাই: সময়কালের মধ্যে চুক্তিটির একটি সহায়তার সময়কাল</translation>
        </message>
        <message>
            <source>Records that make a figure uncertain, to put right before the return is sent</source>
            <translation type="unfinished">যেসব রেকর্ডের কারণে কোনো পরিসংখ্যান অনিশ্চিত, রিটার্ন পাঠানোর আগে সেগুলো ঠিক করতে হবে</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation type="unfinished">হিসেবে সংরক্ষণ করুন (&amp;S)…</translation>
        </message>
        <message>
            <source>Save the return as PDF, CSV or Excel</source>
            <translation type="unfinished">রিটার্নটি PDF, CSV বা Excel হিসেবে সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation type="unfinished">PDF…</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)…</source>
            <translation type="unfinished">Excel ওয়ার্কবুক (XLSX)…</translation>
        </message>
        <message>
            <source>CSV…</source>
            <translation type="unfinished">CSV…</translation>
        </message>
        <message>
            <source>Return figures</source>
            <translation type="unfinished">রিটার্নের পরিসংখ্যান</translation>
        </message>
        <message>
            <source>Double-click a figure, or press Enter on it, to see the people and records behind it.</source>
            <translation type="unfinished">কোনো পরিসংখ্যানের পেছনের ব্যক্তি ও রেকর্ড দেখতে সেটিতে ডাবল-ক্লিক করুন, অথবা সেটিতে থেকে Enter চাপুন।</translation>
        </message>
        <message>
            <source>Stopped: the return was not worked out. Choose another contract or period, or work it out again.</source>
            <translation type="unfinished">থামানো হয়েছে: রিটার্নটি হিসাব করা হয়নি। অন্য চুক্তি বা সময়কাল বেছে নিন, অথবা আবার হিসাব করুন।</translation>
        </message>
        <message>
            <source>Show who</source>
            <translation type="unfinished">কারা, দেখুন</translation>
        </message>
        <message>
            <source>Check the data</source>
            <translation type="unfinished">তথ্য যাচাই করুন</translation>
        </message>
        <message>
            <source>No contract has a KPI set yet. An administrator sets one on the contract in Admin.</source>
            <translation type="unfinished">এখনো কোনো চুক্তিতে KPI নির্ধারণ করা হয়নি। একজন অ্যাডমিনিস্ট্রেটর অ্যাডমিন বিভাগে চুক্তিটিতে এটি নির্ধারণ করেন।</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose the dates again.</source>
            <translation type="unfinished">সময়কালের শুরুর তারিখ শেষের তারিখের পরে পড়েছে: আবার তারিখ বেছে নিন।</translation>
        </message>
        <message>
            <source>The contract is no longer on record.</source>
            <translation type="unfinished">চুক্তিটি আর রেকর্ডে নেই।</translation>
        </message>
        <message>
            <source>Working out the return of %1 for %2…</source>
            <translation type="unfinished">%2-এর জন্য %1-এর রিটার্ন হিসাব করা হচ্ছে…</translation>
        </message>
        <message>
            <source>The return could not be worked out.</source>
            <translation type="unfinished">রিটার্নটি হিসাব করা যায়নি।</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, %2. Service users (N): &lt;b&gt;%3&lt;/b&gt;. Targets met: %4, not met: %5.</source>
            <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt;, %2। সেবাগ্রহীতা (N): &lt;b&gt;%3&lt;/b&gt;। লক্ষ্যমাত্রা পূরণ হয়েছে: %4, পূরণ হয়নি: %5।</translation>
        </message>
        <message>
            <source>Show who (%1)</source>
            <translation type="unfinished">কারা, দেখুন (%1)</translation>
        </message>
        <message>
            <source>Data check: nothing to fix</source>
            <translation type="unfinished">তথ্য যাচাই: ঠিক করার কিছু নেই</translation>
        </message>
        <message numerus="yes">
            <source>Check the data: %n to look at</source>
            <translation type="unfinished">
                <numerusform>তথ্য যাচাই করুন: দেখার মতো %nটি বিষয়</numerusform>
                <numerusform>তথ্য যাচাই করুন: দেখার মতো %nটি বিষয়</numerusform>
            </translation>
        </message>
        <message>
            <source>Service users (N): %1</source>
            <translation type="unfinished">সেবাগ্রহীতা (N): %1</translation>
        </message>
        <message>
            <source>There is no return to save yet.</source>
            <translation type="unfinished">সংরক্ষণ করার মতো কোনো রিটার্ন এখনো নেই।</translation>
        </message>
        <message>
            <source>Save the return</source>
            <translation type="unfinished">রিটার্ন সংরক্ষণ করুন</translation>
        </message>
    </context>
    <context>
        <name>waymark::LockScreen</name>
        <message>
            <source>Waymark is locked</source>
            <translation type="unfinished">Waymark লক করা আছে</translation>
        </message>
        <message>
            <source>Signed in to the team server as %1. Type your password to carry on where you were.</source>
            <translation type="unfinished">%1 হিসেবে টিম সার্ভারে সাইন ইন করা আছে। যেখানে ছিলেন সেখান থেকে আবার কাজ চালিয়ে যেতে আপনার পাসওয়ার্ড টাইপ করুন।</translation>
        </message>
        <message>
            <source>Signed in as %1. Type your passphrase to carry on where you were.</source>
            <translation type="unfinished">%1 হিসেবে সাইন ইন করা আছে। যেখানে ছিলেন সেখান থেকে আবার কাজ চালিয়ে যেতে আপনার পাসফ্রেজ টাইপ করুন।</translation>
        </message>
        <message>
            <source>Team server password</source>
            <translation type="unfinished">টিম সার্ভারের পাসওয়ার্ড</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished">পাসফ্রেজ</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation type="unfinished">আনলক করুন (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Close Waymark</source>
            <translation type="unfinished">Waymark বন্ধ করুন (&amp;C)</translation>
        </message>
        <message>
            <source>Closes Waymark without unlocking: anything not saved is lost</source>
            <translation type="unfinished">আনলক না করেই Waymark বন্ধ করে: সংরক্ষণ না করা সবকিছু হারিয়ে যাবে</translation>
        </message>
    </context>
    <context>
        <name>waymark::MainWindow</name>
        <message>
            <source>Today</source>
            <translation type="unfinished">আজ</translation>
        </message>
        <message>
            <source>What needs your attention today</source>
            <translation type="unfinished">আজ যেসব বিষয়ে আপনার মনোযোগ দরকার</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation type="unfinished">কেসলোড</translation>
        </message>
        <message>
            <source>Everyone the service supports</source>
            <translation type="unfinished">সেবাটি যাঁদের সহায়তা করে, তাঁরা সবাই</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished">রেফারেল</translation>
        </message>
        <message>
            <source>Referrals received and their decisions</source>
            <translation type="unfinished">প্রাপ্ত রেফারেল ও সেগুলোর সিদ্ধান্ত</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation type="unfinished">ডায়েরি</translation>
        </message>
        <message>
            <source>Appointments by day and week</source>
            <translation type="unfinished">দিন ও সপ্তাহ অনুযায়ী অ্যাপয়েন্টমেন্ট</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished">সেশন</translation>
        </message>
        <message>
            <source>Group sessions and drop-in surgeries</source>
            <translation type="unfinished">গ্রুপ সেশন ও ড্রপ-ইন সার্জারি</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished">রিপোর্ট</translation>
        </message>
        <message>
            <source>Quarterly returns to the council</source>
            <translation type="unfinished">কাউন্সিলের কাছে ত্রৈমাসিক রিটার্ন</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation type="unfinished">অ্যাডমিন</translation>
        </message>
        <message>
            <source>Contracts, staff and templates</source>
            <translation type="unfinished">চুক্তি, কর্মী ও টেমপ্লেট</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished">বিভাগসমূহ</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation type="unfinished">%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Demo database: every person in it is fictional. Do not record real people here.</source>
            <translation type="unfinished">ডেমো ডেটাবেস: এর প্রত্যেক ব্যক্তি কাল্পনিক। এখানে বাস্তব মানুষের তথ্য রেকর্ড করবেন না।</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished">ফাইল (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open another database…</source>
            <translation type="unfinished">অন্য একটি ডেটাবেস খুলুন (&amp;O)…</translation>
        </message>
        <message>
            <source>Close this database and open a file or the team server instead</source>
            <translation type="unfinished">এই ডেটাবেস বন্ধ করে তার বদলে একটি ফাইল বা টিম সার্ভার খুলুন</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished">প্রস্থান করুন (&amp;Q)</translation>
        </message>
        <message>
            <source>key worker</source>
            <translation type="unfinished">কী ওয়ার্কার</translation>
        </message>
        <message>
            <source>team leader</source>
            <translation type="unfinished">টিম লিডার</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation type="unfinished">অ্যাডমিনিস্ট্রেটর</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation type="unfinished">%1 (%2) হিসেবে সাইন ইন করা আছে</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation type="unfinished">লক করুন</translation>
        </message>
        <message>
            <source>Hide everything until you type your passphrase again (Ctrl+L)</source>
            <translation type="unfinished">আবার পাসফ্রেজ টাইপ না করা পর্যন্ত সবকিছু লুকিয়ে রাখুন (Ctrl+L)</translation>
        </message>
        <message>
            <source>%1 (demo: fictional data)</source>
            <translation type="unfinished">%1 (ডেমো: কাল্পনিক তথ্য)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished">ভাষা (&amp;L)</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation type="unfinished">সিস্টেমের মতো (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished">ভাষা</translation>
        </message>
        <message>
            <source>Waymark will be in %1 the next time it starts. Printed forms are in the language chosen when they are printed.</source>
            <translation type="unfinished">পরের বার চালু হলে Waymark %1 ভাষায় দেখাবে। প্রিন্ট করা ফর্ম সেই ভাষাতেই থাকে, যা প্রিন্ট করার সময় বেছে নেওয়া হয়।</translation>
        </message>
    </context>
    <context>
        <name>waymark::OpenDatabaseDialog</name>
        <message>
            <source>A &amp;file on this computer</source>
            <translation type="unfinished">এই কম্পিউটারের একটি ফাইল (&amp;F)</translation>
        </message>
        <message>
            <source>The &amp;team server</source>
            <translation type="unfinished">টিম সার্ভার (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished">ব্রাউজ করুন (&amp;B)…</translation>
        </message>
        <message>
            <source>Open a Waymark database</source>
            <translation type="unfinished">একটি Waymark ডেটাবেস খুলুন</translation>
        </message>
        <message>
            <source>Opened before</source>
            <translation type="unfinished">আগে খোলা হয়েছে</translation>
        </message>
        <message>
            <source>(choose one opened before)</source>
            <translation type="unfinished">(আগে খোলা একটি বেছে নিন)</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation type="unfinished">ডেটাবেস ফাইল</translation>
        </message>
        <message>
            <source>The database file, such as waymark.db</source>
            <translation type="unfinished">ডেটাবেস ফাইল, যেমন waymark.db</translation>
        </message>
        <message>
            <source>Team server's address</source>
            <translation type="unfinished">টিম সার্ভারের ঠিকানা</translation>
        </message>
        <message>
            <source>Team server password</source>
            <translation type="unfinished">টিম সার্ভারের পাসওয়ার্ড</translation>
        </message>
        <message>
            <source>Empty if this computer keeps it</source>
            <translation type="unfinished">এই কম্পিউটারে সংরক্ষিত থাকলে খালি রাখুন</translation>
        </message>
        <message>
            <source>A key worker's laptop keeps its own encrypted file and syncs it with the team server. At the office you can work on the team server itself: its address and password come from your administrator.</source>
            <translation type="unfinished">একজন কী ওয়ার্কারের ল্যাপটপে তার নিজস্ব এনক্রিপ্ট করা ফাইল থাকে, যা টিম সার্ভারের সাথে সিঙ্ক হয়। অফিসে আপনি সরাসরি টিম সার্ভারেই কাজ করতে পারেন: এর ঠিকানা ও পাসওয়ার্ড আপনার অ্যাডমিনিস্ট্রেটরের কাছ থেকে পাবেন।</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation type="unfinished">ফাইল (&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished">ঠিকানা (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished">পাসওয়ার্ড (&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished">খুলুন (&amp;O)</translation>
        </message>
        <message>
            <source>Open a Waymark database file</source>
            <translation type="unfinished">একটি Waymark ডেটাবেস ফাইল খুলুন</translation>
        </message>
        <message>
            <source>Waymark databases (*.db);;All files (*)</source>
            <translation type="unfinished">Waymark ডেটাবেস (*.db);;সব ফাইল (*)</translation>
        </message>
        <message>
            <source>Choose a file or the team server.</source>
            <translation type="unfinished">একটি ফাইল বা টিম সার্ভার বেছে নিন।</translation>
        </message>
        <message>
            <source>Type the database file's name, or Browse for it.</source>
            <translation type="unfinished">ডেটাবেস ফাইলের নাম টাইপ করুন, অথবা ব্রাউজ করে খুঁজে নিন।</translation>
        </message>
        <message>
            <source>There is no file at %1.</source>
            <translation type="unfinished">%1-এ কোনো ফাইল নেই।</translation>
        </message>
        <message>
            <source>Type the team server's address, as your administrator gave it.</source>
            <translation type="unfinished">আপনার অ্যাডমিনিস্ট্রেটর যেভাবে দিয়েছেন, ঠিক সেভাবে টিম সার্ভারের ঠিকানা টাইপ করুন।</translation>
        </message>
        <message>
            <source>A team server's address starts postgresql://, such as postgresql://you@server.example.org/waymark.</source>
            <translation type="unfinished">টিম সার্ভারের ঠিকানা postgresql:// দিয়ে শুরু হয়, যেমন postgresql://you@server.example.org/waymark।</translation>
        </message>
        <message>
            <source>&amp;Recently opened:</source>
            <translation type="unfinished">সম্প্রতি খোলা (&amp;R):</translation>
        </message>
    </context>
    <context>
        <name>waymark::OutputsView</name>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished">প্রিন্ট করুন (&amp;P)…</translation>
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished">গ্রুপ</translation>
        </message>
        <message>
            <source>Outputs by group</source>
            <translation type="unfinished">গ্রুপ অনুযায়ী আউটপুট</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">চুক্তি</translation>
        </message>
        <message>
            <source>Broken down by</source>
            <translation type="unfinished">যে অনুযায়ী ভাগ করা হবে</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished">লিঙ্গ</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation type="unfinished">বয়সসীমা</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation type="unfinished">জাতিগত পরিচয়</translation>
        </message>
        <message>
            <source>Figure the charts show</source>
            <translation type="unfinished">চার্টে যে পরিসংখ্যান দেখানো হবে</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation type="unfinished">হিসেবে সংরক্ষণ করুন (&amp;S)…</translation>
        </message>
        <message>
            <source>Save the management information as PDF, CSV or Excel</source>
            <translation type="unfinished">ব্যবস্থাপনা তথ্য PDF, CSV বা Excel হিসেবে সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation type="unfinished">PDF…</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)…</source>
            <translation type="unfinished">Excel ওয়ার্কবুক (XLSX)…</translation>
        </message>
        <message>
            <source>CSV…</source>
            <translation type="unfinished">CSV…</translation>
        </message>
        <message>
            <source>Bars per group</source>
            <translation type="unfinished">প্রতিটি গ্রুপের জন্য বার</translation>
        </message>
        <message>
            <source>Bars per period</source>
            <translation type="unfinished">প্রতিটি সময়কালের জন্য বার</translation>
        </message>
        <message>
            <source>&amp;Contract:</source>
            <translation type="unfinished">চুক্তি (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Broken down by:</source>
            <translation type="unfinished">যে অনুযায়ী ভাগ করা হবে (&amp;B):</translation>
        </message>
        <message>
            <source>C&amp;hart:</source>
            <translation type="unfinished">চার্ট (&amp;H):</translation>
        </message>
        <message>
            <source>Stopped: the figures were not worked out. Choose another contract, period or breakdown to work them out.</source>
            <translation type="unfinished">থামানো হয়েছে: পরিসংখ্যান হিসাব করা হয়নি। হিসাব করতে অন্য চুক্তি, সময়কাল বা বিভাজন বেছে নিন।</translation>
        </message>
        <message>
            <source>There is no contract yet: an administrator adds one in Admin.</source>
            <translation type="unfinished">এখনো কোনো চুক্তি নেই: একজন অ্যাডমিনিস্ট্রেটর অ্যাডমিন বিভাগে একটি চুক্তি যোগ করেন।</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose the dates again.</source>
            <translation type="unfinished">সময়কালের শুরুর তারিখ শেষের তারিখের পরে পড়েছে: আবার তারিখ বেছে নিন।</translation>
        </message>
        <message>
            <source>Working out the figures for %1…</source>
            <translation type="unfinished">%1-এর পরিসংখ্যান হিসাব করা হচ্ছে…</translation>
        </message>
        <message>
            <source>The figures could not be worked out.</source>
            <translation type="unfinished">পরিসংখ্যান হিসাব করা যায়নি।</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, %2. Everyone: %3 service users, %4 new, %5 contact hours, %6 places taken at sessions. Printed and saved copies show groups of fewer than 5 people as "&amp;lt;5".</source>
            <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt;, %2। সবাই মিলে: %3 জন সেবাগ্রহীতা, %4 জন নতুন, %5 ঘণ্টা যোগাযোগ, সেশনে %6টি আসন পূরণ। প্রিন্ট করা ও সংরক্ষিত কপিতে 5 জনের কম ব্যক্তির গ্রুপকে "&amp;lt;5" হিসেবে দেখানো হয়।</translation>
        </message>
        <message>
            <source>%1 by group</source>
            <translation type="unfinished">গ্রুপ অনুযায়ী %1</translation>
        </message>
        <message>
            <source>%1 by period</source>
            <translation type="unfinished">সময়কাল অনুযায়ী %1</translation>
        </message>
        <message>
            <source>There is nothing to save yet.</source>
            <translation type="unfinished">সংরক্ষণ করার মতো এখনো কিছু নেই।</translation>
        </message>
        <message>
            <source>Save the management information</source>
            <translation type="unfinished">ব্যবস্থাপনা তথ্য সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>The figures show here once they are worked out.</source>
            <translation type="unfinished">হিসাব করা হলে সংখ্যাগুলো এখানে দেখা যাবে।</translation>
        </message>
    </context>
    <context>
        <name>waymark::PassphraseRules</name>
        <message>
            <source>A passphrase needs at least %1 characters; a few words you will remember make a good one.</source>
            <translation type="unfinished">পাসফ্রেজে কমপক্ষে %1টি অক্ষর থাকতে হবে; মনে রাখতে পারবেন এমন কয়েকটি শব্দ দিয়ে ভালো পাসফ্রেজ তৈরি হয়।</translation>
        </message>
        <message>
            <source>That passphrase is one of the first anyone would try; choose another.</source>
            <translation type="unfinished">এই পাসফ্রেজটি যে কেউ সবার আগে চেষ্টা করে দেখবে; অন্য একটি বেছে নিন।</translation>
        </message>
        <message>
            <source>A passphrase of one character repeated is too easy to guess; choose another.</source>
            <translation type="unfinished">একটিমাত্র অক্ষর বারবার দিয়ে তৈরি পাসফ্রেজ খুব সহজেই অনুমান করা যায়; অন্য একটি বেছে নিন।</translation>
        </message>
    </context>
    <context>
        <name>waymark::PeriodChooser</name>
        <message>
            <source>Period</source>
            <translation type="unfinished">সময়কাল</translation>
        </message>
        <message>
            <source>Other dates</source>
            <translation type="unfinished">অন্য তারিখ</translation>
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">থেকে</translation>
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished">পর্যন্ত</translation>
        </message>
        <message>
            <source>Peri&amp;od:</source>
            <translation type="unfinished">সময়কাল (&amp;O):</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation type="unfinished">থেকে (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation type="unfinished">পর্যন্ত (&amp;T):</translation>
        </message>
    </context>
    <context>
        <name>waymark::PersonRecordView</name>
        <message>
            <source>Yes</source>
            <translation type="unfinished">হ্যাঁ</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">না</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">রেকর্ড করা হয়নি</translation>
        </message>
        <message>
            <source>&amp;Edit profile…</source>
            <translation type="unfinished">প্রোফাইল সম্পাদনা করুন (&amp;E)…</translation>
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation type="unfinished">নোট যোগ করুন (&amp;N)…</translation>
        </message>
        <message>
            <source>← Caseload</source>
            <translation type="unfinished">← কেসলোড</translation>
        </message>
        <message>
            <source>Back to the caseload (Alt+Left)</source>
            <translation type="unfinished">কেসলোডে ফিরে যান (Alt+Left)</translation>
        </message>
        <message>
            <source>Back to the caseload</source>
            <translation type="unfinished">কেসলোডে ফিরে যান</translation>
        </message>
        <message>
            <source>Parts of the record</source>
            <translation type="unfinished">রেকর্ডের অংশসমূহ</translation>
        </message>
        <message>
            <source>Change the person's details, health and equality monitoring</source>
            <translation type="unfinished">ব্যক্তির বিবরণ, স্বাস্থ্য ও সমতা পর্যবেক্ষণের তথ্য পরিবর্তন করুন</translation>
        </message>
        <message>
            <source>New &amp;referral…</source>
            <translation type="unfinished">নতুন রেফারেল (&amp;R)…</translation>
        </message>
        <message>
            <source>Record a new referral for this person</source>
            <translation type="unfinished">এই ব্যক্তির জন্য একটি নতুন রেফারেল রেকর্ড করুন</translation>
        </message>
        <message>
            <source>Write a case note on the open support period</source>
            <translation type="unfinished">চলমান সহায়তার সময়কালে একটি কেস নোট লিখুন</translation>
        </message>
        <message>
            <source>&amp;Support</source>
            <translation type="unfinished">সহায়তা (&amp;S)</translation>
        </message>
        <message>
            <source>Support period actions</source>
            <translation type="unfinished">সহায়তার সময়কাল সংক্রান্ত কাজ</translation>
        </message>
        <message>
            <source>Change &amp;key worker…</source>
            <translation type="unfinished">কী ওয়ার্কার পরিবর্তন করুন (&amp;K)…</translation>
        </message>
        <message>
            <source>&amp;Extend support…</source>
            <translation type="unfinished">সহায়তার মেয়াদ বাড়ান (&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Withdrawal review…</source>
            <translation type="unfinished">প্রত্যাহার পর্যালোচনা (&amp;W)…</translation>
        </message>
        <message>
            <source>&amp;Close support…</source>
            <translation type="unfinished">সহায়তা বন্ধ করুন (&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation type="unfinished">প্রিন্ট (&amp;P)</translation>
        </message>
        <message>
            <source>Print a form</source>
            <translation type="unfinished">একটি ফর্ম প্রিন্ট করুন</translation>
        </message>
        <message>
            <source>Support plan, risk assessment, referral summary or appointment letter, on A4</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা, ঝুঁকি মূল্যায়ন, রেফারেলের সারসংক্ষেপ বা অ্যাপয়েন্টমেন্টের চিঠি, A4 কাগজে</translation>
        </message>
        <message>
            <source>Support &amp;plan…</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা (&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Risk assessment…</source>
            <translation type="unfinished">ঝুঁকি মূল্যায়ন (&amp;R)…</translation>
        </message>
        <message>
            <source>Re&amp;ferral summary…</source>
            <translation type="unfinished">রেফারেলের সারসংক্ষেপ (&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Appointment letter…</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্টের চিঠি (&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Complaints procedure…</source>
            <translation type="unfinished">অভিযোগ জানানোর পদ্ধতি (&amp;C)…</translation>
        </message>
        <message>
            <source>%1 is not in support: there is no open support period.</source>
            <translation type="unfinished">%1 সহায়তায় নেই: কোনো চলমান সহায়তার সময়কাল নেই।</translation>
        </message>
        <message>
            <source>Key worker, extension, withdrawal review, closure</source>
            <translation type="unfinished">কী ওয়ার্কার, মেয়াদ বৃদ্ধি, প্রত্যাহার পর্যালোচনা, সমাপ্তি</translation>
        </message>
        <message>
            <source>No one is shown.</source>
            <translation type="unfinished">কাউকে দেখানো হচ্ছে না।</translation>
        </message>
        <message>
            <source>Not on your caseload</source>
            <translation type="unfinished">আপনার কেসলোডে নেই</translation>
        </message>
        <message>
            <source>Record not found</source>
            <translation type="unfinished">রেকর্ড পাওয়া যায়নি</translation>
        </message>
        <message>
            <source>No one with this id is on the caseload; the record may have been deleted.</source>
            <translation type="unfinished">এই আইডি-র কেউ কেসলোডে নেই; রেকর্ডটি হয়তো মুছে ফেলা হয়েছে।</translation>
        </message>
        <message>
            <source>Record not shown</source>
            <translation type="unfinished">রেকর্ড দেখানো হচ্ছে না</translation>
        </message>
        <message>
            <source>Born %1 (age %2)</source>
            <translation type="unfinished">জন্ম %1 (বয়স %2)</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation type="unfinished">%2 থেকে %1</translation>
        </message>
        <message>
            <source>%1, ended %2</source>
            <translation type="unfinished">%1, শেষ হয়েছে %2</translation>
        </message>
        <message>
            <source>Key worker: %1</source>
            <translation type="unfinished">কী ওয়ার্কার: %1</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">প্রোফাইল</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation type="unfinished">ঝুঁকি</translation>
        </message>
        <message>
            <source>Support plan</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation type="unfinished">ডায়েরি</translation>
        </message>
        <message>
            <source>Outcome Star</source>
            <translation type="unfinished">Outcome Star</translation>
        </message>
        <message>
            <source>Health</source>
            <translation type="unfinished">স্বাস্থ্য</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished">ফলাফল</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished">নোট</translation>
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished">ইতিহাস</translation>
        </message>
        <message>
            <source>%1 (age %2)</source>
            <translation type="unfinished">%1 (বয়স %2)</translation>
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished">পরিচিতি</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation type="unfinished">পছন্দের নাম</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation type="unfinished">প্রথম নাম</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation type="unfinished">পারিবারিক নাম</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">জন্ম তারিখ</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished">যোগাযোগ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">ঠিকানা</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation type="unfinished">পোস্টকোড</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished">ফোন</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation type="unfinished">আবাসন</translation>
        </message>
        <message>
            <source>Where they live now</source>
            <translation type="unfinished">বর্তমানে কোথায় থাকেন</translation>
        </message>
        <message>
            <source>Health and care</source>
            <translation type="unfinished">স্বাস্থ্য ও পরিচর্যা</translation>
        </message>
        <message>
            <source>NHS number</source>
            <translation type="unfinished">NHS নম্বর</translation>
        </message>
        <message>
            <source>GP</source>
            <translation type="unfinished">GP</translation>
        </message>
        <message>
            <source>GP practice</source>
            <translation type="unfinished">GP প্র্যাকটিস</translation>
        </message>
        <message>
            <source>Care Programme Approach</source>
            <translation type="unfinished">কেয়ার প্রোগ্রাম অ্যাপ্রোচ</translation>
        </message>
        <message>
            <source>Equality monitoring</source>
            <translation type="unfinished">সমতা পর্যবেক্ষণ</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished">লিঙ্গ</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation type="unfinished">জাতিগত পরিচয়</translation>
        </message>
        <message>
            <source>Religion</source>
            <translation type="unfinished">ধর্ম</translation>
        </message>
        <message>
            <source>Sexual orientation</source>
            <translation type="unfinished">যৌন অভিমুখিতা</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation type="unfinished">প্রতিবন্ধিতা</translation>
        </message>
        <message>
            <source>First language</source>
            <translation type="unfinished">প্রথম ভাষা</translation>
        </message>
        <message>
            <source>Interpreter needed</source>
            <translation type="unfinished">দোভাষী প্রয়োজন</translation>
        </message>
        <message>
            <source>The support plan could not be read</source>
            <translation type="unfinished">সহায়তা পরিকল্পনাটি পড়া যায়নি</translation>
        </message>
        <message>
            <source>&amp;Write the support plan…</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা লিখুন (&amp;W)…</translation>
        </message>
        <message>
            <source>&amp;Continue the draft plan…</source>
            <translation type="unfinished">খসড়া পরিকল্পনাটি চালিয়ে যান (&amp;C)…</translation>
        </message>
        <message>
            <source>The plan on A4 with lines for signatures</source>
            <translation type="unfinished">স্বাক্ষরের জন্য লাইনসহ A4 কাগজে পরিকল্পনা</translation>
        </message>
        <message>
            <source>No support plan yet</source>
            <translation type="unfinished">এখনো কোনো সহায়তা পরিকল্পনা নেই</translation>
        </message>
        <message>
            <source>Write it with the person after the assessment of need and risk; it is reviewed every 12 weeks.</source>
            <translation type="unfinished">প্রয়োজন ও ঝুঁকি মূল্যায়নের পরে ব্যক্তির সাথে মিলে এটি লিখুন; প্রতি 12 সপ্তাহে এটি পর্যালোচনা করা হয়।</translation>
        </message>
        <message>
            <source>A support plan is written once the person is in support.</source>
            <translation type="unfinished">ব্যক্তি সহায়তায় আসার পরেই সহায়তা পরিকল্পনা লেখা হয়।</translation>
        </message>
        <message>
            <source>Support plan agreed %1</source>
            <translation type="unfinished">সহায়তা পরিকল্পনায় সম্মতি দেওয়া হয়েছে %1</translation>
        </message>
        <message>
            <source>Support plan (not yet agreed with the person)</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা (ব্যক্তির সাথে এখনো সম্মত হয়নি)</translation>
        </message>
        <message>
            <source>Next review due %1</source>
            <translation type="unfinished">পরবর্তী পর্যালোচনার তারিখ %1</translation>
        </message>
        <message>
            <source>Needs arising from who the person is</source>
            <translation type="unfinished">ব্যক্তির নিজস্ব পরিচয় থেকে উদ্ভূত প্রয়োজন</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished">লক্ষ্যসমূহ</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished">লক্ষ্য</translation>
        </message>
        <message>
            <source>How progress is measured</source>
            <translation type="unfinished">অগ্রগতি কীভাবে পরিমাপ করা হবে</translation>
        </message>
        <message>
            <source>Who does what</source>
            <translation type="unfinished">কে কী করবেন</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation type="unfinished">লক্ষ্য তারিখ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">ফলাফল</translation>
        </message>
        <message>
            <source>Star area</source>
            <translation type="unfinished">স্টারের ক্ষেত্র</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">অবস্থা</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished">কাজ</translation>
        </message>
        <message>
            <source>No goals are written in this plan yet.</source>
            <translation type="unfinished">এই পরিকল্পনায় এখনো কোনো লক্ষ্য লেখা হয়নি।</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation type="unfinished">পর্যালোচনা</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation type="unfinished">অনুষ্ঠিত হওয়ার তারিখ</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation type="unfinished">কারা অংশ নিয়েছেন</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished">সারসংক্ষেপ</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation type="unfinished">পরবর্তী পর্যালোচনা</translation>
        </message>
        <message>
            <source>This plan has not been reviewed yet.</source>
            <translation type="unfinished">এই পরিকল্পনাটি এখনো পর্যালোচনা করা হয়নি।</translation>
        </message>
        <message>
            <source>Earlier versions of the plan</source>
            <translation type="unfinished">পরিকল্পনার আগের সংস্করণ</translation>
        </message>
        <message>
            <source>Agreed %1</source>
            <translation type="unfinished">সম্মতি দেওয়া হয়েছে %1</translation>
        </message>
        <message>
            <source>Draft, never agreed</source>
            <translation type="unfinished">খসড়া, কখনো সম্মতি দেওয়া হয়নি</translation>
        </message>
        <message>
            <source>The plan review is saved. Now review the risks with the person: change what has changed, remove what no longer applies and add anything new. Cancel if you will review them another time.</source>
            <translation type="unfinished">পরিকল্পনার পর্যালোচনা সংরক্ষণ করা হয়েছে। এখন ব্যক্তির সাথে ঝুঁকিগুলো পর্যালোচনা করুন: যা বদলেছে তা পরিবর্তন করুন, যা আর প্রযোজ্য নয় তা সরিয়ে দিন এবং নতুন কিছু থাকলে যোগ করুন। অন্য কোনো সময়ে পর্যালোচনা করতে চাইলে বাতিল করুন।</translation>
        </message>
        <message>
            <source>&amp;Book appointment…</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্ট বুক করুন (&amp;B)…</translation>
        </message>
        <message>
            <source>Book an appointment in the open support period</source>
            <translation type="unfinished">চলমান সহায়তার সময়কালে একটি অ্যাপয়েন্টমেন্ট বুক করুন</translation>
        </message>
        <message>
            <source>Appointments are booked in an open support period.</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্ট চলমান সহায়তার সময়কালেই বুক করা হয়।</translation>
        </message>
        <message>
            <source>A&amp;ttended</source>
            <translation type="unfinished">উপস্থিত ছিলেন (&amp;T)</translation>
        </message>
        <message>
            <source>Cancelled by &amp;us</source>
            <translation type="unfinished">আমরা বাতিল করেছি (&amp;U)</translation>
        </message>
        <message>
            <source>The diary could not be read</source>
            <translation type="unfinished">ডায়েরি পড়া যায়নি</translation>
        </message>
        <message>
            <source>No appointments yet</source>
            <translation type="unfinished">এখনো কোনো অ্যাপয়েন্টমেন্ট নেই</translation>
        </message>
        <message>
            <source>Book the first one with "Book appointment".</source>
            <translation type="unfinished">"অ্যাপয়েন্টমেন্ট বুক করুন" দিয়ে প্রথমটি বুক করুন।</translation>
        </message>
        <message>
            <source>Appointments are booked once the person is accepted into support.</source>
            <translation type="unfinished">ব্যক্তিকে সহায়তায় গ্রহণ করার পরেই অ্যাপয়েন্টমেন্ট বুক করা হয়।</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">কখন</translation>
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished">সময়দৈর্ঘ্য</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished">ধরন</translation>
        </message>
        <message>
            <source>With</source>
            <translation type="unfinished">কার সাথে</translation>
        </message>
        <message>
            <source>Reason for going over the weekly hours</source>
            <translation type="unfinished">সাপ্তাহিক ঘণ্টার সীমা ছাড়িয়ে যাওয়ার কারণ</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্ট</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished">%1 মিনিট</translation>
        </message>
        <message>
            <source>Group sessions and drop-ins</source>
            <translation type="unfinished">গ্রুপ সেশন ও ড্রপ-ইন</translation>
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished">সেশন</translation>
        </message>
        <message>
            <source>Came</source>
            <translation type="unfinished">এসেছিলেন</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation type="unfinished">আলোচিত বিষয়</translation>
        </message>
        <message>
            <source>Group sessions</source>
            <translation type="unfinished">গ্রুপ সেশন</translation>
        </message>
        <message numerus="yes">
            <source> (%n minutes)</source>
            <translation type="unfinished">
                <numerusform> (%n মিনিট)</numerusform>
                <numerusform> (%n মিনিট)</numerusform>
            </translation>
        </message>
        <message>
            <source>The Outcome Star could not be read</source>
            <translation type="unfinished">Outcome Star পড়া যায়নি</translation>
        </message>
        <message>
            <source>No Outcome Star</source>
            <translation type="unfinished">কোনো Outcome Star নেই</translation>
        </message>
        <message>
            <source>The contract has no star template: an administrator sets one in Admin.</source>
            <translation type="unfinished">চুক্তিটির কোনো স্টার টেমপ্লেট নেই: একজন অ্যাডমিনিস্ট্রেটর অ্যাডমিন বিভাগে এটি নির্ধারণ করেন।</translation>
        </message>
        <message>
            <source>The star is scored while the person is in support.</source>
            <translation type="unfinished">ব্যক্তি সহায়তায় থাকাকালীন স্টারে স্কোর দেওয়া হয়।</translation>
        </message>
        <message>
            <source>this hospital stay</source>
            <translation type="unfinished">হাসপাতালে থাকার এই তথ্যটি</translation>
        </message>
        <message>
            <source>this complaint</source>
            <translation type="unfinished">এই অভিযোগটি</translation>
        </message>
        <message>
            <source>this incident</source>
            <translation type="unfinished">এই ঘটনাটি</translation>
        </message>
        <message>
            <source>Delete an entry made by mistake</source>
            <translation type="unfinished">ভুল করে করা একটি এন্ট্রি মুছে ফেলুন</translation>
        </message>
        <message>
            <source>Delete %1 from %2's record? Do this only if it was entered by mistake: it leaves the record and the returns. The administrator can restore it.</source>
            <translation type="unfinished">%2-এর রেকর্ড থেকে %1 মুছে ফেলবেন? শুধু ভুল করে এন্ট্রি করা হলেই এটি করুন: এটি রেকর্ড ও রিটার্ন থেকে সরে যাবে। অ্যাডমিনিস্ট্রেটর এটি ফিরিয়ে আনতে পারেন।</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation type="unfinished">মোছা হয়নি</translation>
        </message>
        <message>
            <source>Registration and care</source>
            <translation type="unfinished">নিবন্ধন ও পরিচর্যা</translation>
        </message>
        <message>
            <source>Only for an entry made by mistake: it leaves this record and the returns, and the administrator can restore it</source>
            <translation type="unfinished">শুধু ভুল করে করা এন্ট্রির জন্য: এটি এই রেকর্ড ও রিটার্ন থেকে সরে যাবে, এবং অ্যাডমিনিস্ট্রেটর এটি ফিরিয়ে আনতে পারেন</translation>
        </message>
        <message>
            <source>Hospital stays</source>
            <translation type="unfinished">হাসপাতালে থাকা</translation>
        </message>
        <message>
            <source>Record &amp;hospital stay…</source>
            <translation type="unfinished">হাসপাতালে থাকা রেকর্ড করুন (&amp;H)…</translation>
        </message>
        <message>
            <source>None recorded. Admissions and nights in hospital are counted in the quarterly return.</source>
            <translation type="unfinished">কিছু রেকর্ড করা হয়নি। হাসপাতালে ভর্তি ও হাসপাতালে কাটানো রাতগুলো ত্রৈমাসিক রিটার্নে গণনা করা হয়।</translation>
        </message>
        <message>
            <source>Admitted</source>
            <translation type="unfinished">ভর্তি</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation type="unfinished">ছাড়া পেয়েছেন</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished">পরিকল্পিত</translation>
        </message>
        <message>
            <source>Still in hospital</source>
            <translation type="unfinished">এখনো হাসপাতালে</translation>
        </message>
        <message>
            <source>Delete the stay…</source>
            <translation type="unfinished">হাসপাতালে থাকার তথ্য মুছুন…</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished">অভিযোগ</translation>
        </message>
        <message>
            <source>Record &amp;complaint…</source>
            <translation type="unfinished">অভিযোগ রেকর্ড করুন (&amp;C)…</translation>
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished">প্রাপ্ত</translation>
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">কার কাছ থেকে</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation type="unfinished">গুরুতর</translation>
        </message>
        <message>
            <source>Sent to the commissioner</source>
            <translation type="unfinished">কমিশনারের কাছে পাঠানো হয়েছে</translation>
        </message>
        <message>
            <source>Double-click a complaint to record when it was sent, or its outcome</source>
            <translation type="unfinished">কোনো অভিযোগ কবে পাঠানো হয়েছে বা তার ফলাফল রেকর্ড করতে সেটিতে ডাবল-ক্লিক করুন</translation>
        </message>
        <message>
            <source>Not yet: send it at once</source>
            <translation type="unfinished">এখনো নয়: এখনই পাঠান</translation>
        </message>
        <message>
            <source>Delete the complaint…</source>
            <translation type="unfinished">অভিযোগটি মুছুন…</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation type="unfinished">কিছু রেকর্ড করা হয়নি।</translation>
        </message>
        <message>
            <source>Incidents and safeguarding</source>
            <translation type="unfinished">ঘটনা ও সেফগার্ডিং</translation>
        </message>
        <message>
            <source>Record &amp;incident…</source>
            <translation type="unfinished">ঘটনা রেকর্ড করুন (&amp;I)…</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished">কী ঘটেছিল</translation>
        </message>
        <message>
            <source>Reported to the commissioner</source>
            <translation type="unfinished">কমিশনারকে জানানো হয়েছে</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation type="unfinished">ঘটনা</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished">এখনো নয়</translation>
        </message>
        <message>
            <source>Delete the incident…</source>
            <translation type="unfinished">ঘটনাটি মুছুন…</translation>
        </message>
        <message>
            <source>The outcomes could not be read</source>
            <translation type="unfinished">ফলাফল পড়া যায়নি</translation>
        </message>
        <message>
            <source>No outcomes recorded</source>
            <translation type="unfinished">কোনো ফলাফল রেকর্ড করা হয়নি</translation>
        </message>
        <message>
            <source>For each support period, record the Outcomes Framework needs identified and, when support ends, whether each was achieved.</source>
            <translation type="unfinished">প্রতিটি সহায়তার সময়কালের জন্য Outcomes Framework-এর যেসব প্রয়োজন চিহ্নিত হয়েছে তা রেকর্ড করুন, এবং সহায়তা শেষ হলে প্রতিটি অর্জিত হয়েছে কি না তা রেকর্ড করুন।</translation>
        </message>
        <message>
            <source>Need identified</source>
            <translation type="unfinished">প্রয়োজন চিহ্নিত</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="unfinished">অর্জিত</translation>
        </message>
        <message>
            <source>Outcomes Framework</source>
            <translation type="unfinished">Outcomes Framework</translation>
        </message>
        <message>
            <source>Not yet known</source>
            <translation type="unfinished">এখনো জানা নেই</translation>
        </message>
        <message>
            <source>The notes could not be read</source>
            <translation type="unfinished">নোটগুলো পড়া যায়নি</translation>
        </message>
        <message>
            <source>No case notes yet</source>
            <translation type="unfinished">এখনো কোনো কেস নোট নেই</translation>
        </message>
        <message>
            <source>Case notes written about this person's support appear here, the latest first.</source>
            <translation type="unfinished">এই ব্যক্তির সহায়তা নিয়ে লেখা কেস নোট এখানে দেখা যাবে, সর্বশেষটি সবার আগে।</translation>
        </message>
        <message>
            <source>Case notes</source>
            <translation type="unfinished">কেস নোট</translation>
        </message>
        <message>
            <source>Correction to the note of %1</source>
            <translation type="unfinished">%1-এর নোটের সংশোধন</translation>
        </message>
        <message>
            <source>A later note corrects this one.</source>
            <translation type="unfinished">পরের একটি নোট এটিকে সংশোধন করেছে।</translation>
        </message>
        <message>
            <source>Correct this note</source>
            <translation type="unfinished">এই নোটটি সংশোধন করুন</translation>
        </message>
        <message>
            <source>Changes, the latest first</source>
            <translation type="unfinished">পরিবর্তনসমূহ, সর্বশেষটি সবার আগে</translation>
        </message>
        <message>
            <source>No changes recorded yet. Every change to this person's records will be listed here, with who made it and when.</source>
            <translation type="unfinished">এখনো কোনো পরিবর্তন রেকর্ড করা হয়নি। এই ব্যক্তির রেকর্ডে প্রতিটি পরিবর্তন, কে করেছেন ও কখন করেছেন তা সহ, এখানে তালিকাভুক্ত হবে।</translation>
        </message>
        <message>
            <source>Support periods</source>
            <translation type="unfinished">সহায়তার সময়কাল</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">চুক্তি</translation>
        </message>
        <message>
            <source>Key worker</source>
            <translation type="unfinished">কী ওয়ার্কার</translation>
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished">শুরু</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation type="unfinished">শেষ</translation>
        </message>
        <message>
            <source>End reason</source>
            <translation type="unfinished">শেষ হওয়ার কারণ</translation>
        </message>
        <message>
            <source>Planned departure</source>
            <translation type="unfinished">পরিকল্পিত প্রস্থান</translation>
        </message>
        <message>
            <source>Moved to</source>
            <translation type="unfinished">যেখানে চলে গেছেন</translation>
        </message>
        <message>
            <source>Extended until</source>
            <translation type="unfinished">মেয়াদ বাড়ানো হয়েছে যে তারিখ পর্যন্ত</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">চলমান</translation>
        </message>
        <message>
            <source>Not yet accepted into support.</source>
            <translation type="unfinished">এখনো সহায়তায় গ্রহণ করা হয়নি।</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished">রেফারেল</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">উৎস</translation>
        </message>
        <message>
            <source>Referrer</source>
            <translation type="unfinished">রেফারকারী</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation type="unfinished">প্রথম যোগাযোগ</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished">সিদ্ধান্ত</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">কারণ</translation>
        </message>
        <message>
            <source>No referrals recorded.</source>
            <translation type="unfinished">কোনো রেফারেল রেকর্ড করা হয়নি।</translation>
        </message>
        <message>
            <source>Re&amp;view the plan…</source>
            <translation type="unfinished">পরিকল্পনা পর্যালোচনা করুন (&amp;V)…</translation>
        </message>
        <message>
            <source>Pr&amp;int the plan…</source>
            <translation type="unfinished">পরিকল্পনাটি প্রিন্ট করুন (&amp;I)…</translation>
        </message>
        <message>
            <source>Did not &amp;attend</source>
            <translation type="unfinished">উপস্থিত হননি (&amp;A)</translation>
        </message>
        <message>
            <source>Cance&amp;lled by the person</source>
            <translation type="unfinished">ব্যক্তি বাতিল করেছেন (&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>waymark::ProfileDialog</name>
        <message>
            <source>Edit profile</source>
            <translation type="unfinished">প্রোফাইল সম্পাদনা করুন</translation>
        </message>
        <message>
            <source>for example 14/03/1980</source>
            <translation type="unfinished">যেমন 14/03/1980</translation>
        </message>
        <message>
            <source>ten digits, for example 943 476 5919</source>
            <translation type="unfinished">দশটি অঙ্ক, যেমন 943 476 5919</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation type="unfinished">জিজ্ঞাসা করা হয়নি</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">রেকর্ড করা হয়নি</translation>
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished">পরিচিতি</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation type="unfinished">প্রথম নাম (&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation type="unfinished">পারিবারিক নাম (&amp;F):</translation>
        </message>
        <message>
            <source>Prefers to be &amp;called:</source>
            <translation type="unfinished">যে নামে ডাকা পছন্দ করেন (&amp;C):</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation type="unfinished">জন্ম তারিখ (&amp;B):</translation>
        </message>
        <message>
            <source>Contact and housing</source>
            <translation type="unfinished">যোগাযোগ ও আবাসন</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished">ঠিকানা (&amp;A):</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation type="unfinished">ফোন (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Lives in:</source>
            <translation type="unfinished">যেখানে থাকেন (&amp;L):</translation>
        </message>
        <message>
            <source>Health and care</source>
            <translation type="unfinished">স্বাস্থ্য ও পরিচর্যা</translation>
        </message>
        <message>
            <source>&amp;NHS number:</source>
            <translation type="unfinished">NHS নম্বর (&amp;N):</translation>
        </message>
        <message>
            <source>Registered with a G&amp;P:</source>
            <translation type="unfinished">GP-তে নিবন্ধিত (&amp;P):</translation>
        </message>
        <message>
            <source>GP p&amp;ractice:</source>
            <translation type="unfinished">GP প্র্যাকটিস (&amp;R):</translation>
        </message>
        <message>
            <source>Equality monitoring (every question may be answered "Prefer not to say")</source>
            <translation type="unfinished">সমতা পর্যবেক্ষণ (প্রতিটি প্রশ্নের উত্তরে "বলতে চাই না" দেওয়া যায়)</translation>
        </message>
        <message>
            <source>G&amp;ender:</source>
            <translation type="unfinished">লিঙ্গ (&amp;E):</translation>
        </message>
        <message>
            <source>E&amp;thnicity:</source>
            <translation type="unfinished">জাতিগত পরিচয় (&amp;T):</translation>
        </message>
        <message>
            <source>Rel&amp;igion:</source>
            <translation type="unfinished">ধর্ম (&amp;I):</translation>
        </message>
        <message>
            <source>Se&amp;xual orientation:</source>
            <translation type="unfinished">যৌন অভিমুখিতা (&amp;X):</translation>
        </message>
        <message>
            <source>&amp;Disability:</source>
            <translation type="unfinished">প্রতিবন্ধিতা (&amp;D):</translation>
        </message>
        <message>
            <source>First lang&amp;uage:</source>
            <translation type="unfinished">প্রথম ভাষা (&amp;U):</translation>
        </message>
        <message>
            <source>Write the date as day/month/year, for example 14/03/1980.</source>
            <translation type="unfinished">তারিখটি দিন/মাস/বছর হিসেবে লিখুন, যেমন 14/03/1980।</translation>
        </message>
        <message>
            <source>The profile was not saved: correct the fields marked below.</source>
            <translation type="unfinished">প্রোফাইল সংরক্ষণ করা হয়নি: নিচে চিহ্নিত ঘরগুলো ঠিক করুন।</translation>
        </message>
        <message>
            <source>Postc&amp;ode:</source>
            <translation type="unfinished">পোস্টকোড (&amp;O):</translation>
        </message>
        <message>
            <source>Care Progra&amp;mme Approach:</source>
            <translation type="unfinished">কেয়ার প্রোগ্রাম অ্যাপ্রোচ (&amp;M):</translation>
        </message>
        <message>
            <source>Interpreter needed:</source>
            <translation type="unfinished">দোভাষী প্রয়োজন:</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReadingBar</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">বাতিল করুন</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished">অগ্রগতি</translation>
        </message>
        <message>
            <source>Stop reading; nothing is changed</source>
            <translation type="unfinished">পড়া বন্ধ করুন; কিছুই পরিবর্তন হবে না</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReferenceCodes</name>
        <message>
            <source>Care trust</source>
            <translation type="unfinished">কেয়ার ট্রাস্ট (NHS স্বাস্থ্য ও সামাজিক যত্ন সংস্থা)</translation>
        </message>
        <message>
            <source>Citizens Advice</source>
            <translation type="unfinished">Citizens Advice (নাগরিক পরামর্শ সেবা)</translation>
        </message>
        <message>
            <source>Health</source>
            <translation type="unfinished">স্বাস্থ্য সেবা</translation>
        </message>
        <message>
            <source>Housing department</source>
            <translation type="unfinished">কাউন্সিলের হাউজিং বিভাগ</translation>
        </message>
        <message>
            <source>Self-referral</source>
            <translation type="unfinished">নিজে থেকে রেফারেল</translation>
        </message>
        <message>
            <source>Social services</source>
            <translation type="unfinished">সমাজসেবা বিভাগ</translation>
        </message>
        <message>
            <source>Probation</source>
            <translation type="unfinished">প্রোবেশন সার্ভিস (আদালতের নির্দেশে তত্ত্বাবধান)</translation>
        </message>
        <message>
            <source>Other agency</source>
            <translation type="unfinished">অন্য সংস্থা</translation>
        </message>
        <message>
            <source>Camden mental health team (CMHT)</source>
            <translation type="unfinished">ক্যামডেন মানসিক স্বাস্থ্য টিম (CMHT)</translation>
        </message>
        <message>
            <source>GP</source>
            <translation type="unfinished">GP</translation>
        </message>
        <message>
            <source>Housing worker</source>
            <translation type="unfinished">হাউজিং কর্মী</translation>
        </message>
        <message>
            <source>Voluntary sector organisation</source>
            <translation type="unfinished">স্বেচ্ছাসেবী সংস্থা</translation>
        </message>
        <message>
            <source>Other health professional</source>
            <translation type="unfinished">অন্য স্বাস্থ্যকর্মী</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation type="unfinished">অপেক্ষমাণ</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation type="unfinished">গৃহীত</translation>
        </message>
        <message>
            <source>Signposted</source>
            <translation type="unfinished">অন্য সেবার খোঁজ দেওয়া হয়েছে</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation type="unfinished">গ্রহণ করা হয়নি</translation>
        </message>
        <message>
            <source>Support period completed</source>
            <translation type="unfinished">সহায়তার সময়কাল শেষ হয়েছে</translation>
        </message>
        <message>
            <source>Unwilling to engage / failed to meet three times</source>
            <translation type="unfinished">সহায়তা নিতে অনিচ্ছুক / তিনবার দেখা হয়নি</translation>
        </message>
        <message>
            <source>Risk to staff unmanageable</source>
            <translation type="unfinished">কর্মীদের প্রতি ঝুঁকি সামলানো সম্ভব নয়</translation>
        </message>
        <message>
            <source>Review found a different service needed</source>
            <translation type="unfinished">পর্যালোচনায় দেখা গেছে অন্য সেবা দরকার</translation>
        </message>
        <message>
            <source>Review found no further service needed</source>
            <translation type="unfinished">পর্যালোচনায় দেখা গেছে আর কোনো সেবার দরকার নেই</translation>
        </message>
        <message>
            <source>Moved out of area</source>
            <translation type="unfinished">এলাকার বাইরে চলে গেছেন</translation>
        </message>
        <message>
            <source>Died</source>
            <translation type="unfinished">মৃত্যু</translation>
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished">অন্যান্য</translation>
        </message>
        <message>
            <source>Owner occupier</source>
            <translation type="unfinished">নিজের মালিকানার বাড়ি</translation>
        </message>
        <message>
            <source>Private rented</source>
            <translation type="unfinished">বেসরকারি ভাড়া বাড়ি</translation>
        </message>
        <message>
            <source>Council tenancy</source>
            <translation type="unfinished">কাউন্সিলের বাড়িতে ভাড়া</translation>
        </message>
        <message>
            <source>Housing association tenancy</source>
            <translation type="unfinished">হাউজিং অ্যাসোসিয়েশনের বাড়িতে ভাড়া</translation>
        </message>
        <message>
            <source>Sheltered housing</source>
            <translation type="unfinished">শেল্টার্ড হাউজিং (তত্ত্বাবধানসহ বাসস্থান)</translation>
        </message>
        <message>
            <source>Supported housing (long term)</source>
            <translation type="unfinished">সহায়তাসহ বাসস্থান (দীর্ঘমেয়াদি)</translation>
        </message>
        <message>
            <source>With family or friends (long term)</source>
            <translation type="unfinished">পরিবার বা বন্ধুদের সাথে (দীর্ঘমেয়াদি)</translation>
        </message>
        <message>
            <source>Mobile home</source>
            <translation type="unfinished">মোবাইল হোম</translation>
        </message>
        <message>
            <source>Supported housing (short term)</source>
            <translation type="unfinished">সহায়তাসহ বাসস্থান (স্বল্পমেয়াদি)</translation>
        </message>
        <message>
            <source>Temporary accommodation</source>
            <translation type="unfinished">অস্থায়ী বাসস্থান</translation>
        </message>
        <message>
            <source>Bed and breakfast</source>
            <translation type="unfinished">বেড অ্যান্ড ব্রেকফাস্ট (অস্থায়ী কক্ষ)</translation>
        </message>
        <message>
            <source>Direct access hostel</source>
            <translation type="unfinished">সরাসরি প্রবেশের হোস্টেল</translation>
        </message>
        <message>
            <source>Sofa surfing</source>
            <translation type="unfinished">এর-ওর বাড়িতে সাময়িকভাবে থাকা</translation>
        </message>
        <message>
            <source>Rough sleeping</source>
            <translation type="unfinished">রাস্তায় ঘুমানো</translation>
        </message>
        <message>
            <source>Residential care</source>
            <translation type="unfinished">আবাসিক কেয়ার হোম</translation>
        </message>
        <message>
            <source>Nursing home</source>
            <translation type="unfinished">নার্সিং হোম</translation>
        </message>
        <message>
            <source>Psychiatric hospital</source>
            <translation type="unfinished">মানসিক হাসপাতাল</translation>
        </message>
        <message>
            <source>General hospital</source>
            <translation type="unfinished">সাধারণ হাসপাতাল</translation>
        </message>
        <message>
            <source>Custody</source>
            <translation type="unfinished">হেফাজত (জেল বা আটক)</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation type="unfinished">জানা নেই</translation>
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished">মহিলা</translation>
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished">পুরুষ</translation>
        </message>
        <message>
            <source>Non-binary</source>
            <translation type="unfinished">নন-বাইনারি</translation>
        </message>
        <message>
            <source>Prefer not to say</source>
            <translation type="unfinished">বলতে চাই না</translation>
        </message>
        <message>
            <source>White: English, Welsh, Scottish, Northern Irish or British</source>
            <translation type="unfinished">শ্বেতাঙ্গ: ইংরেজ, ওয়েলশ, স্কটিশ, নর্দার্ন আইরিশ বা ব্রিটিশ</translation>
        </message>
        <message>
            <source>White: Irish</source>
            <translation type="unfinished">শ্বেতাঙ্গ: আইরিশ</translation>
        </message>
        <message>
            <source>White: Gypsy or Irish Traveller</source>
            <translation type="unfinished">শ্বেতাঙ্গ: জিপসি বা আইরিশ ট্রাভেলার</translation>
        </message>
        <message>
            <source>White: Roma</source>
            <translation type="unfinished">শ্বেতাঙ্গ: রোমা</translation>
        </message>
        <message>
            <source>White: any other White background</source>
            <translation type="unfinished">শ্বেতাঙ্গ: অন্য যেকোনো শ্বেতাঙ্গ পটভূমি</translation>
        </message>
        <message>
            <source>Mixed: White and Black Caribbean</source>
            <translation type="unfinished">মিশ্র: শ্বেতাঙ্গ ও কৃষ্ণাঙ্গ ক্যারিবিয়ান</translation>
        </message>
        <message>
            <source>Mixed: White and Black African</source>
            <translation type="unfinished">মিশ্র: শ্বেতাঙ্গ ও কৃষ্ণাঙ্গ আফ্রিকান</translation>
        </message>
        <message>
            <source>Mixed: White and Asian</source>
            <translation type="unfinished">মিশ্র: শ্বেতাঙ্গ ও এশীয়</translation>
        </message>
        <message>
            <source>Mixed: any other Mixed or multiple ethnic background</source>
            <translation type="unfinished">মিশ্র: অন্য যেকোনো মিশ্র বা একাধিক জাতিগত পটভূমি</translation>
        </message>
        <message>
            <source>Asian: Indian</source>
            <translation type="unfinished">এশীয়: ভারতীয়</translation>
        </message>
        <message>
            <source>Asian: Pakistani</source>
            <translation type="unfinished">এশীয়: পাকিস্তানি</translation>
        </message>
        <message>
            <source>Asian: Bangladeshi</source>
            <translation type="unfinished">এশীয়: বাংলাদেশি</translation>
        </message>
        <message>
            <source>Asian: Chinese</source>
            <translation type="unfinished">এশীয়: চীনা</translation>
        </message>
        <message>
            <source>Asian: any other Asian background</source>
            <translation type="unfinished">এশীয়: অন্য যেকোনো এশীয় পটভূমি</translation>
        </message>
        <message>
            <source>Black: African</source>
            <translation type="unfinished">কৃষ্ণাঙ্গ: আফ্রিকান</translation>
        </message>
        <message>
            <source>Black: Caribbean</source>
            <translation type="unfinished">কৃষ্ণাঙ্গ: ক্যারিবিয়ান</translation>
        </message>
        <message>
            <source>Black: any other Black, Black British or Caribbean background</source>
            <translation type="unfinished">কৃষ্ণাঙ্গ: অন্য যেকোনো কৃষ্ণাঙ্গ, কৃষ্ণাঙ্গ ব্রিটিশ বা ক্যারিবিয়ান পটভূমি</translation>
        </message>
        <message>
            <source>Other ethnic group: Arab</source>
            <translation type="unfinished">অন্য জাতিগোষ্ঠী: আরব</translation>
        </message>
        <message>
            <source>Other ethnic group: any other ethnic group</source>
            <translation type="unfinished">অন্য জাতিগোষ্ঠী: অন্য যেকোনো জাতিগোষ্ঠী</translation>
        </message>
        <message>
            <source>No religion</source>
            <translation type="unfinished">কোনো ধর্ম নেই</translation>
        </message>
        <message>
            <source>Christian</source>
            <translation type="unfinished">খ্রিস্টান</translation>
        </message>
        <message>
            <source>Buddhist</source>
            <translation type="unfinished">বৌদ্ধ</translation>
        </message>
        <message>
            <source>Hindu</source>
            <translation type="unfinished">হিন্দু</translation>
        </message>
        <message>
            <source>Jewish</source>
            <translation type="unfinished">ইহুদি</translation>
        </message>
        <message>
            <source>Muslim</source>
            <translation type="unfinished">মুসলিম</translation>
        </message>
        <message>
            <source>Sikh</source>
            <translation type="unfinished">শিখ</translation>
        </message>
        <message>
            <source>Any other religion</source>
            <translation type="unfinished">অন্য কোনো ধর্ম</translation>
        </message>
        <message>
            <source>Heterosexual or straight</source>
            <translation type="unfinished">বিষমকামী (স্ট্রেইট)</translation>
        </message>
        <message>
            <source>Gay or lesbian</source>
            <translation type="unfinished">সমকামী (গে বা লেসবিয়ান)</translation>
        </message>
        <message>
            <source>Bisexual</source>
            <translation type="unfinished">উভকামী</translation>
        </message>
        <message>
            <source>Other sexual orientation</source>
            <translation type="unfinished">অন্য যৌন অভিমুখিতা</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">হ্যাঁ</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">না</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished">নিবন্ধিত</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation type="unfinished">নিবন্ধিত নয়</translation>
        </message>
        <message>
            <source>Enhanced CPA</source>
            <translation type="unfinished">বর্ধিত CPA</translation>
        </message>
        <message>
            <source>Standard CPA</source>
            <translation type="unfinished">সাধারণ CPA</translation>
        </message>
        <message>
            <source>Not on CPA</source>
            <translation type="unfinished">CPA-তে নেই</translation>
        </message>
        <message>
            <source>Key worker</source>
            <translation type="unfinished">কী ওয়ার্কার</translation>
        </message>
        <message>
            <source>Team leader</source>
            <translation type="unfinished">টিম লিডার</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation type="unfinished">অ্যাডমিনিস্ট্রেটর</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation type="unfinished">বাড়িতে গিয়ে দেখা</translation>
        </message>
        <message>
            <source>Drop-in surgery</source>
            <translation type="unfinished">ড্রপ-ইন (অ্যাপয়েন্টমেন্ট ছাড়া দেখা)</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation type="unfinished">ফোন কল</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation type="unfinished">ভিডিও কল</translation>
        </message>
        <message>
            <source>Office</source>
            <translation type="unfinished">অফিসে</translation>
        </message>
        <message>
            <source>Outreach</source>
            <translation type="unfinished">বাইরে কোথাও দেখা (আউটরিচ)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished">নির্ধারিত</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation type="unfinished">উপস্থিত ছিলেন</translation>
        </message>
        <message>
            <source>Did not attend (DNA)</source>
            <translation type="unfinished">উপস্থিত ছিলেন না (DNA)</translation>
        </message>
        <message>
            <source>Cancelled by the person</source>
            <translation type="unfinished">ব্যক্তি নিজে বাতিল করেছেন</translation>
        </message>
        <message>
            <source>Cancelled by us</source>
            <translation type="unfinished">আমরা বাতিল করেছি</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation type="unfinished">মানসিক স্বাস্থ্য</translation>
        </message>
        <message>
            <source>Physical health</source>
            <translation type="unfinished">শারীরিক স্বাস্থ্য</translation>
        </message>
        <message>
            <source>The person</source>
            <translation type="unfinished">ব্যক্তি নিজে</translation>
        </message>
        <message>
            <source>The worker</source>
            <translation type="unfinished">কর্মী</translation>
        </message>
        <message>
            <source>Together</source>
            <translation type="unfinished">একসাথে</translation>
        </message>
        <message>
            <source>1a Maximise income</source>
            <translation type="unfinished">1a আয় যতটা সম্ভব বাড়ানো</translation>
        </message>
        <message>
            <source>1b Reduce debt</source>
            <translation type="unfinished">1b ঋণ কমানো</translation>
        </message>
        <message>
            <source>1c Obtain paid work</source>
            <translation type="unfinished">1c বেতনের কাজ পাওয়া</translation>
        </message>
        <message>
            <source>2a Participate in training or education</source>
            <translation type="unfinished">2a প্রশিক্ষণ বা শিক্ষায় অংশ নেওয়া</translation>
        </message>
        <message>
            <source>2b Leisure, cultural, faith or informal learning</source>
            <translation type="unfinished">2b অবসর, সংস্কৃতি, ধর্মচর্চা বা অনানুষ্ঠানিক শিক্ষা</translation>
        </message>
        <message>
            <source>2c Work-like activities</source>
            <translation type="unfinished">2c কাজের মতো কার্যক্রম</translation>
        </message>
        <message>
            <source>2d Contact with external services, groups, friends or family</source>
            <translation type="unfinished">2d বাইরের সেবা, গ্রুপ, বন্ধু বা পরিবারের সাথে যোগাযোগ</translation>
        </message>
        <message>
            <source>3a Physical health</source>
            <translation type="unfinished">3a শারীরিক স্বাস্থ্য</translation>
        </message>
        <message>
            <source>3b Mental health</source>
            <translation type="unfinished">3b মানসিক স্বাস্থ্য</translation>
        </message>
        <message>
            <source>3c Substance misuse</source>
            <translation type="unfinished">3c মাদক বা অ্যালকোহলের অপব্যবহার</translation>
        </message>
        <message>
            <source>3d Assistive technology</source>
            <translation type="unfinished">3d সহায়ক প্রযুক্তি</translation>
        </message>
        <message>
            <source>4a Maintain or obtain settled accommodation</source>
            <translation type="unfinished">4a স্থায়ী বাসস্থান ধরে রাখা বা পাওয়া</translation>
        </message>
        <message>
            <source>4b Comply with statutory orders</source>
            <translation type="unfinished">4b আইনি আদেশ মেনে চলা</translation>
        </message>
        <message>
            <source>4c Manage self-harm</source>
            <translation type="unfinished">4c নিজের ক্ষতি করা সামলানো</translation>
        </message>
        <message>
            <source>4d Avoid causing harm to others</source>
            <translation type="unfinished">4d অন্যের ক্ষতি করা এড়ানো</translation>
        </message>
        <message>
            <source>4e Minimise harm from others</source>
            <translation type="unfinished">4e অন্যদের কাছ থেকে ক্ষতি কমানো</translation>
        </message>
        <message>
            <source>5a Greater choice, control and involvement</source>
            <translation type="unfinished">5a আরও বেশি পছন্দ, নিয়ন্ত্রণ ও অংশগ্রহণ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">চলমান</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="unfinished">অর্জিত</translation>
        </message>
        <message>
            <source>Partly achieved</source>
            <translation type="unfinished">আংশিক অর্জিত</translation>
        </message>
        <message>
            <source>Not achieved</source>
            <translation type="unfinished">অর্জিত হয়নি</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished">প্রত্যাহার করা হয়েছে</translation>
        </message>
        <message>
            <source>Structured session</source>
            <translation type="unfinished">পরিকল্পিত সেশন</translation>
        </message>
        <message>
            <source>Peer-led / service-user-led session</source>
            <translation type="unfinished">পিয়ার বা সেবাগ্রহীতাদের পরিচালিত সেশন</translation>
        </message>
        <message>
            <source>Social club</source>
            <translation type="unfinished">সামাজিক ক্লাব</translation>
        </message>
        <message>
            <source>Befriending</source>
            <translation type="unfinished">বন্ধুত্বপূর্ণ সঙ্গ (বিফ্রেন্ডিং)</translation>
        </message>
        <message>
            <source>Education or training opportunity</source>
            <translation type="unfinished">শিক্ষা বা প্রশিক্ষণের সুযোগ</translation>
        </message>
        <message>
            <source>Therapeutic intervention</source>
            <translation type="unfinished">থেরাপিমূলক সহায়তা</translation>
        </message>
        <message>
            <source>Mainstream access</source>
            <translation type="unfinished">সাধারণ সেবায় প্রবেশ</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished">কর্মী</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation type="unfinished">পিয়ার (একই অভিজ্ঞতার মানুষ)</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation type="unfinished">স্বেচ্ছাসেবক</translation>
        </message>
        <message>
            <source>Continue support</source>
            <translation type="unfinished">সহায়তা চালিয়ে যাওয়া</translation>
        </message>
        <message>
            <source>Withdraw support</source>
            <translation type="unfinished">সহায়তা বন্ধ করা</translation>
        </message>
        <message>
            <source>Serious untoward incident</source>
            <translation type="unfinished">গুরুতর অনাকাঙ্ক্ষিত ঘটনা</translation>
        </message>
        <message>
            <source>Safeguarding concern</source>
            <translation type="unfinished">সুরক্ষা নিয়ে উদ্বেগ (সেফগার্ডিং)</translation>
        </message>
        <message>
            <source>Thurrock floating support (Appendix 1)</source>
            <translation type="unfinished">থারক ফ্লোটিং সাপোর্ট (পরিশিষ্ট 1)</translation>
        </message>
        <message>
            <source>Camden day services (14.3)</source>
            <translation type="unfinished">ক্যামডেন ডে সার্ভিস (14.3)</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation type="unfinished">জাতিগত পরিচয়</translation>
        </message>
        <message>
            <source>Religion</source>
            <translation type="unfinished">ধর্ম</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation type="unfinished">সংস্কৃতি</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished">লিঙ্গ</translation>
        </message>
        <message>
            <source>Sexuality</source>
            <translation type="unfinished">যৌন অভিমুখিতা</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation type="unfinished">প্রতিবন্ধিতা</translation>
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished">বয়স</translation>
        </message>
        <message>
            <source>Risk to the person</source>
            <translation type="unfinished">ব্যক্তির নিজের ঝুঁকি</translation>
        </message>
        <message>
            <source>Risk to others</source>
            <translation type="unfinished">অন্যদের প্রতি ঝুঁকি</translation>
        </message>
        <message>
            <source>Risk to staff</source>
            <translation type="unfinished">কর্মীদের প্রতি ঝুঁকি</translation>
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished">নিম্ন</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished">মাঝারি</translation>
        </message>
        <message>
            <source>High</source>
            <translation type="unfinished">উচ্চ</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReferralDialog</name>
        <message>
            <source>Someone already &amp;known to the service</source>
            <translation type="unfinished">সেবার কাছে আগে থেকেই পরিচিত কেউ (&amp;K)</translation>
        </message>
        <message>
            <source>Someone &amp;new</source>
            <translation type="unfinished">নতুন কেউ (&amp;N)</translation>
        </message>
        <message>
            <source>New referral</source>
            <translation type="unfinished">নতুন রেফারেল</translation>
        </message>
        <message>
            <source>Who is referred</source>
            <translation type="unfinished">কাকে রেফার করা হচ্ছে</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation type="unfinished">ব্যক্তি (&amp;P):</translation>
        </message>
        <message>
            <source>for example 14/03/1980</source>
            <translation type="unfinished">যেমন 14/03/1980</translation>
        </message>
        <message>
            <source>for example RM17 6SL</source>
            <translation type="unfinished">যেমন RM17 6SL</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation type="unfinished">প্রথম নাম (&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation type="unfinished">পারিবারিক নাম (&amp;F):</translation>
        </message>
        <message>
            <source>Prefers to be &amp;called:</source>
            <translation type="unfinished">যে নামে ডাকা পছন্দ করেন (&amp;C):</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation type="unfinished">জন্ম তারিখ (&amp;B):</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation type="unfinished">ফোন (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Lives in:</source>
            <translation type="unfinished">যেখানে থাকেন (&amp;L):</translation>
        </message>
        <message>
            <source>The referral</source>
            <translation type="unfinished">রেফারেল</translation>
        </message>
        <message>
            <source>name and role, for example Sam Lee, care co-ordinator</source>
            <translation type="unfinished">নাম ও ভূমিকা, যেমন Sam Lee, কেয়ার কো-অর্ডিনেটর</translation>
        </message>
        <message>
            <source>&amp;Referrer:</source>
            <translation type="unfinished">রেফারকারী (&amp;R):</translation>
        </message>
        <message>
            <source>Recei&amp;ved:</source>
            <translation type="unfinished">প্রাপ্তির তারিখ (&amp;V):</translation>
        </message>
        <message>
            <source>C&amp;onsents to the referral:</source>
            <translation type="unfinished">রেফারেলে সম্মতি দিয়েছেন (&amp;O):</translation>
        </message>
        <message>
            <source>Lives in the borough (or placed
in temporary accommodation by it):</source>
            <translation type="unfinished">বরোতে থাকেন (বা বরো তাঁকে
অস্থায়ী আবাসনে রেখেছে):</translation>
        </message>
        <message>
            <source>&amp;Willing to engage with
support planning:</source>
            <translation type="unfinished">সহায়তা পরিকল্পনায় অংশ
নিতে ইচ্ছুক (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Save referral</source>
            <translation type="unfinished">রেফারেল সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>Choose who referred</source>
            <translation type="unfinished">কে রেফার করেছেন বেছে নিন</translation>
        </message>
        <message>
            <source>Eligibility: nothing to check so far.</source>
            <translation type="unfinished">যোগ্যতা: এখন পর্যন্ত যাচাই করার কিছু নেই।</translation>
        </message>
        <message>
            <source>Eligibility to check before deciding (you can still save):
%1</source>
            <translation type="unfinished">সিদ্ধান্ত নেওয়ার আগে যোগ্যতার যা যাচাই করতে হবে (তবুও আপনি সংরক্ষণ করতে পারেন):
%1</translation>
        </message>
        <message>
            <source>Choose someone from the list, or record someone new.</source>
            <translation type="unfinished">তালিকা থেকে কাউকে বেছে নিন, অথবা নতুন কাউকে রেকর্ড করুন।</translation>
        </message>
        <message>
            <source>Write the date as day/month/year, for example 14/03/1980.</source>
            <translation type="unfinished">তারিখটি দিন/মাস/বছর হিসেবে লিখুন, যেমন 14/03/1980।</translation>
        </message>
        <message>
            <source>That time does not exist in London: the clocks went forward.</source>
            <translation type="unfinished">লন্ডনে ওই সময়টির অস্তিত্ব নেই: তখন ঘড়ির কাঁটা এগিয়ে দেওয়া হয়েছিল।</translation>
        </message>
        <message>
            <source>The referral was not saved: correct the fields marked below.</source>
            <translation type="unfinished">রেফারেল সংরক্ষণ করা হয়নি: নিচে চিহ্নিত ঘরগুলো ঠিক করুন।</translation>
        </message>
        <message>
            <source>Postco&amp;de:</source>
            <translation type="unfinished">পোস্টকোড (&amp;D):</translation>
        </message>
        <message>
            <source>Serv&amp;ice:</source>
            <translation type="unfinished">সেবা (&amp;I):</translation>
        </message>
        <message>
            <source>Referred b&amp;y:</source>
            <translation type="unfinished">কে রেফার করেছেন (&amp;Y):</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReferralsModel</name>
        <message>
            <source>Overdue by less than an hour</source>
            <translation type="unfinished">এক ঘণ্টারও কম সময় বিলম্বিত</translation>
        </message>
        <message>
            <source>Overdue by %1 days</source>
            <translation type="unfinished">%1 দিন বিলম্বিত</translation>
        </message>
        <message>
            <source>Overdue by 1 hour</source>
            <translation type="unfinished">1 ঘণ্টা বিলম্বিত</translation>
        </message>
        <message>
            <source>Overdue by %1 hours</source>
            <translation type="unfinished">%1 ঘণ্টা বিলম্বিত</translation>
        </message>
        <message>
            <source>Due within %1 minutes</source>
            <translation type="unfinished">%1 মিনিটের মধ্যে করতে হবে</translation>
        </message>
        <message>
            <source>Due within 1 hour</source>
            <translation type="unfinished">1 ঘণ্টার মধ্যে করতে হবে</translation>
        </message>
        <message>
            <source>Due within %1 hours</source>
            <translation type="unfinished">%1 ঘণ্টার মধ্যে করতে হবে</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation type="unfinished">প্রয়োজন নেই</translation>
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished">প্রাপ্ত</translation>
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished">ব্যক্তি</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">চুক্তি</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">উৎস</translation>
        </message>
        <message>
            <source>First contact (48-hour clock)</source>
            <translation type="unfinished">প্রথম যোগাযোগ (48 ঘণ্টার সময়সীমা)</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished">সিদ্ধান্ত</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReferralsPage</name>
        <message>
            <source>Referrals</source>
            <translation type="unfinished">রেফারেল</translation>
        </message>
        <message>
            <source>&amp;New referral…</source>
            <translation type="unfinished">নতুন রেফারেল (&amp;N)…</translation>
        </message>
        <message>
            <source>Record a referral (Ctrl+N)</source>
            <translation type="unfinished">একটি রেফারেল রেকর্ড করুন (Ctrl+N)</translation>
        </message>
        <message>
            <source>First &amp;contact…</source>
            <translation type="unfinished">প্রথম যোগাযোগ (&amp;C)…</translation>
        </message>
        <message>
            <source>Record when the person was first contacted</source>
            <translation type="unfinished">ব্যক্তির সাথে প্রথম কবে যোগাযোগ করা হয়েছে তা রেকর্ড করুন</translation>
        </message>
        <message>
            <source>&amp;Decide…</source>
            <translation type="unfinished">সিদ্ধান্ত নিন (&amp;D)…</translation>
        </message>
        <message>
            <source>Accept, signpost, decline or leave pending</source>
            <translation type="unfinished">গ্রহণ করুন, অন্য সেবায় পাঠান, প্রত্যাখ্যান করুন বা অপেক্ষমাণ রাখুন</translation>
        </message>
        <message>
            <source>The referrals were not read. Press F5 to read them.</source>
            <translation type="unfinished">রেফারেলগুলো পড়া হয়নি। পড়তে F5 চাপুন।</translation>
        </message>
        <message>
            <source>The referrals were not read.</source>
            <translation type="unfinished">রেফারেলগুলো পড়া হয়নি।</translation>
        </message>
        <message>
            <source>Reading the referrals…</source>
            <translation type="unfinished">রেফারেলগুলো পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>No referrals yet</source>
            <translation type="unfinished">এখনো কোনো রেফারেল নেই</translation>
        </message>
        <message>
            <source>Record one with "New referral" (Ctrl+N). Referrals for every contract are listed here, the latest first.</source>
            <translation type="unfinished">"নতুন রেফারেল" (Ctrl+N) দিয়ে একটি রেকর্ড করুন। প্রতিটি চুক্তির রেফারেল এখানে তালিকাভুক্ত থাকে, সর্বশেষটি সবার আগে।</translation>
        </message>
        <message>
            <source>The referrals could not be read</source>
            <translation type="unfinished">রেফারেলগুলো পড়া যায়নি</translation>
        </message>
        <message>
            <source>A team leader decides referrals and allocates the key worker</source>
            <translation type="unfinished">একজন টিম লিডার রেফারেলের সিদ্ধান্ত নেন এবং কী ওয়ার্কার নির্ধারণ করেন</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReportsPage</name>
        <message>
            <source>Quarterly return</source>
            <translation type="unfinished">ত্রৈমাসিক রিটার্ন</translation>
        </message>
        <message>
            <source>Management information</source>
            <translation type="unfinished">ব্যবস্থাপনা তথ্য</translation>
        </message>
        <message>
            <source>Distance travelled</source>
            <translation type="unfinished">অগ্রগতির দূরত্ব</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished">রিপোর্ট</translation>
        </message>
    </context>
    <context>
        <name>waymark::RetentionView</name>
        <message>
            <source>Person</source>
            <translation type="unfinished">ব্যক্তি</translation>
        </message>
        <message>
            <source>Support ended</source>
            <translation type="unfinished">সহায়তা শেষ হয়েছে</translation>
        </message>
        <message>
            <source>Last referral</source>
            <translation type="unfinished">সর্বশেষ রেফারেল</translation>
        </message>
        <message>
            <source>Due for review</source>
            <translation type="unfinished">পর্যালোচনার সময় হয়েছে</translation>
        </message>
        <message>
            <source>A&amp;nonymise…</source>
            <translation type="unfinished">বেনামী করুন (&amp;N)…</translation>
        </message>
        <message>
            <source> years</source>
            <translation type="unfinished"> বছর</translation>
        </message>
        <message>
            <source>Years records are kept after support ends</source>
            <translation type="unfinished">সহায়তা শেষ হওয়ার পর কত বছর রেকর্ড রাখা হয়</translation>
        </message>
        <message>
            <source>Takes out everything that identifies the person; their support stays counted in past returns</source>
            <translation type="unfinished">ব্যক্তিকে শনাক্ত করা যায় এমন সবকিছু সরিয়ে ফেলে; আগের রিটার্নে তাঁর সহায়তা গণনায় থেকে যায়</translation>
        </message>
        <message>
            <source>Records are kept only as long as they are needed (UK GDPR). People listed here have no support or referral open, and the last of them ended longer ago than the organisation keeps records. Anonymising takes out their name, contact details, date of birth and every free text about them; what was counted in returns stays.</source>
            <translation type="unfinished">রেকর্ড শুধু যতদিন প্রয়োজন ততদিনই রাখা হয় (UK GDPR)। এখানে তালিকাভুক্ত ব্যক্তিদের কোনো সহায়তা বা রেফারেল চলমান নেই, এবং সেগুলোর মধ্যে সর্বশেষটি সংস্থা যতদিন রেকর্ড রাখে তার চেয়েও আগে শেষ হয়েছে। বেনামী করলে তাঁদের নাম, যোগাযোগের বিবরণ, জন্ম তারিখ এবং তাঁদের সম্পর্কে লেখা সব মুক্ত লেখা সরিয়ে ফেলা হয়; রিটার্নে যা গণনা করা হয়েছিল তা থেকে যায়।</translation>
        </message>
        <message>
            <source>&amp;Keep records for</source>
            <translation type="unfinished">রেকর্ড রাখার মেয়াদ (&amp;K)</translation>
        </message>
        <message>
            <source>after the last support or referral ends</source>
            <translation type="unfinished">সর্বশেষ সহায়তা বা রেফারেল শেষ হওয়ার পর</translation>
        </message>
        <message>
            <source>Never supported</source>
            <translation type="unfinished">কখনো সহায়তা পাননি</translation>
        </message>
        <message numerus="yes">
            <source>No one is due for review: everyone's support ended less than %n year(s) ago.</source>
            <translation type="unfinished">
                <numerusform>কারও পর্যালোচনার সময় হয়নি: সবার সহায়তা %n বছরেরও কম আগে শেষ হয়েছে।</numerusform>
                <numerusform>কারও পর্যালোচনার সময় হয়নি: সবার সহায়তা %n বছরেরও কম আগে শেষ হয়েছে।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) due for review.</source>
            <translation type="unfinished">
                <numerusform>%n জনের পর্যালোচনার সময় হয়েছে।</numerusform>
                <numerusform>%n জনের পর্যালোচনার সময় হয়েছে।</numerusform>
            </translation>
        </message>
        <message>
            <source>Anonymise %1</source>
            <translation type="unfinished">%1-কে বেনামী করুন</translation>
        </message>
        <message>
            <source>Everything that identifies %1 will be taken out for good: this cannot be undone. The audit trail keeps that you did it.</source>
            <translation type="unfinished">%1-কে শনাক্ত করা যায় এমন সবকিছু চিরতরে সরিয়ে ফেলা হবে: এটি আর ফেরানো যাবে না। আপনি যে এটি করেছেন, তা অডিট ট্রেইলে থেকে যাবে।</translation>
        </message>
        <message numerus="yes">
            <source>%1 anonymised (%n record(s)).</source>
            <translation type="unfinished">
                <numerusform>%1-কে বেনামী করা হয়েছে (%nটি রেকর্ড)।</numerusform>
                <numerusform>%1-কে বেনামী করা হয়েছে (%nটি রেকর্ড)।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>waymark::RiskAssessmentEditor</name>
        <message>
            <source>Assess risk</source>
            <translation type="unfinished">ঝুঁকি মূল্যায়ন করুন</translation>
        </message>
        <message>
            <source>Review the risk assessment</source>
            <translation type="unfinished">ঝুঁকি মূল্যায়ন পর্যালোচনা করুন</translation>
        </message>
        <message>
            <source>List every risk to the person, to others and to staff, with how serious it is and the plan to manage it. A group with no risk is printed as "No risk identified".</source>
            <translation type="unfinished">ব্যক্তির নিজের প্রতি, অন্যদের প্রতি এবং কর্মীদের প্রতি প্রতিটি ঝুঁকি তালিকাভুক্ত করুন, সেটি কতটা গুরুতর এবং তা সামলানোর পরিকল্পনা সহ। যে গ্রুপে কোনো ঝুঁকি নেই, সেটি "কোনো ঝুঁকি চিহ্নিত হয়নি" হিসেবে প্রিন্ট হয়।</translation>
        </message>
        <message>
            <source>This starts from the assessment of %1. Change what has changed, remove what no longer applies and add anything new; saving keeps the earlier assessment as it was.</source>
            <translation type="unfinished">এটি %1-এর মূল্যায়ন থেকে শুরু হয়। যা বদলেছে তা পরিবর্তন করুন, যা আর প্রযোজ্য নয় তা সরিয়ে দিন এবং নতুন কিছু থাকলে যোগ করুন; সংরক্ষণ করলে আগের মূল্যায়নটি যেমন ছিল তেমনই থেকে যায়।</translation>
        </message>
        <message>
            <source>the worker, with the person</source>
            <translation type="unfinished">কর্মী, ব্যক্তির সাথে</translation>
        </message>
        <message>
            <source>Assessed &amp;by:</source>
            <translation type="unfinished">মূল্যায়নকারী (&amp;B):</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation type="unfinished">ঝুঁকিসমূহ</translation>
        </message>
        <message>
            <source>Risk to</source>
            <translation type="unfinished">কার প্রতি ঝুঁকি</translation>
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished">মাত্রা</translation>
        </message>
        <message>
            <source>The risk</source>
            <translation type="unfinished">ঝুঁকি</translation>
        </message>
        <message>
            <source>How it is managed</source>
            <translation type="unfinished">কীভাবে সামলানো হয়</translation>
        </message>
        <message>
            <source>Add a risk to the &amp;person</source>
            <translation type="unfinished">ব্যক্তির প্রতি ঝুঁকি যোগ করুন (&amp;P)</translation>
        </message>
        <message>
            <source>Add a risk to &amp;others</source>
            <translation type="unfinished">অন্যদের প্রতি ঝুঁকি যোগ করুন (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Remove risk</source>
            <translation type="unfinished">ঝুঁকি সরিয়ে দিন (&amp;R)</translation>
        </message>
        <message>
            <source>Remove the selected risk: it no longer applies</source>
            <translation type="unfinished">বেছে নেওয়া ঝুঁকিটি সরিয়ে দিন: এটি আর প্রযোজ্য নয়</translation>
        </message>
        <message>
            <source>&amp;Save assessment</source>
            <translation type="unfinished">মূল্যায়ন সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>%1 risk %2: %3</source>
            <translation type="unfinished">%1 ঝুঁকি %2: %3</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation type="unfinished">ত্রুটি:</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation type="unfinished">যাচাই করুন:</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished">ত্রুটি: %1</translation>
        </message>
        <message>
            <source>&amp;Assessed on:</source>
            <translation type="unfinished">মূল্যায়নের তারিখ (&amp;A):</translation>
        </message>
        <message>
            <source>Add a risk to s&amp;taff</source>
            <translation type="unfinished">কর্মীদের প্রতি ঝুঁকি যোগ করুন (&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>waymark::RiskAssessmentTab</name>
        <message>
            <source>&amp;Assess risk…</source>
            <translation type="unfinished">ঝুঁকি মূল্যায়ন করুন (&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Review the risk assessment…</source>
            <translation type="unfinished">ঝুঁকি মূল্যায়ন পর্যালোচনা করুন (&amp;R)…</translation>
        </message>
        <message>
            <source>Risk is assessed while the person is in support.</source>
            <translation type="unfinished">ব্যক্তি সহায়তায় থাকাকালীন ঝুঁকি মূল্যায়ন করা হয়।</translation>
        </message>
        <message>
            <source>Show the assessment of</source>
            <translation type="unfinished">যে তারিখের মূল্যায়ন দেখানো হবে</translation>
        </message>
        <message>
            <source>%1 (latest)</source>
            <translation type="unfinished">%1 (সর্বশেষ)</translation>
        </message>
        <message>
            <source>Show the assessment &amp;of:</source>
            <translation type="unfinished">যে তারিখের মূল্যায়ন দেখানো হবে (&amp;O):</translation>
        </message>
        <message>
            <source>The risk assessment could not be read</source>
            <translation type="unfinished">ঝুঁকি মূল্যায়ন পড়া যায়নি</translation>
        </message>
        <message>
            <source>No risk assessment yet</source>
            <translation type="unfinished">এখনো কোনো ঝুঁকি মূল্যায়ন নেই</translation>
        </message>
        <message>
            <source>Assess the risks to the person, to others and to staff before writing the support plan; they are reviewed with it.</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা লেখার আগে ব্যক্তির নিজের প্রতি, অন্যদের প্রতি এবং কর্মীদের প্রতি ঝুঁকি মূল্যায়ন করুন; পরিকল্পনার সাথেই এগুলো পর্যালোচনা করা হয়।</translation>
        </message>
        <message>
            <source>Risk is assessed once the person is in support.</source>
            <translation type="unfinished">ব্যক্তি সহায়তায় আসার পরেই ঝুঁকি মূল্যায়ন করা হয়।</translation>
        </message>
        <message>
            <source>Assessed %1 by %2</source>
            <translation type="unfinished">%1 তারিখে %2 মূল্যায়ন করেছেন</translation>
        </message>
        <message>
            <source>Next review due %1, with the support plan</source>
            <translation type="unfinished">পরবর্তী পর্যালোচনার তারিখ %1, সহায়তা পরিকল্পনার সাথে</translation>
        </message>
        <message>
            <source>An earlier assessment: the latest is shown first in the list.</source>
            <translation type="unfinished">এটি আগের একটি মূল্যায়ন: তালিকায় সর্বশেষটি প্রথমে দেখানো হয়।</translation>
        </message>
        <message>
            <source>No risk identified.</source>
            <translation type="unfinished">কোনো ঝুঁকি চিহ্নিত হয়নি।</translation>
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished">মাত্রা</translation>
        </message>
        <message>
            <source>The risk</source>
            <translation type="unfinished">ঝুঁকি</translation>
        </message>
        <message>
            <source>How it is managed</source>
            <translation type="unfinished">কীভাবে সামলানো হয়</translation>
        </message>
        <message>
            <source>Pr&amp;int risk assessment…</source>
            <translation type="unfinished">ঝুঁকি মূল্যায়ন প্রিন্ট করুন (&amp;I)…</translation>
        </message>
    </context>
    <context>
        <name>waymark::SessionPanel</name>
        <message>
            <source>Save &amp;register</source>
            <translation type="unfinished">উপস্থিতি তালিকা সংরক্ষণ করুন (&amp;R)</translation>
        </message>
        <message>
            <source>Record a walk-in</source>
            <translation type="unfinished">একজন ওয়াক-ইন রেকর্ড করুন</translation>
        </message>
        <message>
            <source>Record &amp;walk-in</source>
            <translation type="unfinished">ওয়াক-ইন রেকর্ড করুন (&amp;W)</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation type="unfinished">উপস্থিতি তালিকা</translation>
        </message>
        <message>
            <source>start typing a name</source>
            <translation type="unfinished">একটি নাম টাইপ করা শুরু করুন</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation type="unfinished">কারা এসেছিলেন</translation>
        </message>
        <message>
            <source>Start typing the name of someone already known to the service</source>
            <translation type="unfinished">সেবার কাছে আগে থেকেই পরিচিত কারও নাম টাইপ করা শুরু করুন</translation>
        </message>
        <message>
            <source>given name</source>
            <translation type="unfinished">প্রথম নাম</translation>
        </message>
        <message>
            <source>family name</source>
            <translation type="unfinished">পারিবারিক নাম</translation>
        </message>
        <message>
            <source>New person's given name</source>
            <translation type="unfinished">নতুন ব্যক্তির প্রথম নাম</translation>
        </message>
        <message>
            <source>New person's family name</source>
            <translation type="unfinished">নতুন ব্যক্তির পারিবারিক নাম</translation>
        </message>
        <message>
            <source>e.g. letter about a benefit sanction</source>
            <translation type="unfinished">যেমন বেনিফিট স্যাংশন সংক্রান্ত চিঠি</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished"> মিনিট</translation>
        </message>
        <message>
            <source>Walk-ins at this session</source>
            <translation type="unfinished">এই সেশনের ওয়াক-ইন</translation>
        </message>
        <message>
            <source>W&amp;ho:</source>
            <translation type="unfinished">কে (&amp;H):</translation>
        </message>
        <message>
            <source>New person:</source>
            <translation type="unfinished">নতুন ব্যক্তি:</translation>
        </message>
        <message>
            <source>&amp;Discussed:</source>
            <translation type="unfinished">আলোচিত বিষয় (&amp;D):</translation>
        </message>
        <message>
            <source>How &amp;long:</source>
            <translation type="unfinished">কতক্ষণ (&amp;L):</translation>
        </message>
        <message>
            <source>Seen at this session:</source>
            <translation type="unfinished">এই সেশনে যাঁদের দেখা হয়েছে:</translation>
        </message>
        <message>
            <source>Tick everyone who came. The list is everyone in support with this contract on the day, and anyone already recorded.</source>
            <translation type="unfinished">যাঁরা এসেছিলেন তাঁদের সবাইকে টিক দিন। তালিকায় আছেন ওই দিন এই চুক্তির অধীনে সহায়তায় থাকা সবাই, এবং যাঁদের আগেই রেকর্ড করা হয়েছে।</translation>
        </message>
        <message>
            <source>No session chosen</source>
            <translation type="unfinished">কোনো সেশন বেছে নেওয়া হয়নি</translation>
        </message>
        <message>
            <source>Choose a session in the list, or add one with New session.</source>
            <translation type="unfinished">তালিকা থেকে একটি সেশন বেছে নিন, অথবা "নতুন সেশন" দিয়ে একটি যোগ করুন।</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation type="unfinished">
                <numerusform>%n মিনিট</numerusform>
                <numerusform>%n মিনিট</numerusform>
            </translation>
        </message>
        <message>
            <source>led by %1</source>
            <translation type="unfinished">পরিচালনায় %1</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation type="unfinished">%1: %2 (%3)</translation>
        </message>
        <message>
            <source>Nobody is in support with this contract on the day yet.</source>
            <translation type="unfinished">ওই দিন এখনো এই চুক্তির অধীনে কেউ সহায়তায় নেই।</translation>
        </message>
        <message>
            <source>Nobody yet: record each person as they are seen.</source>
            <translation type="unfinished">এখনো কেউ নেই: প্রত্যেক ব্যক্তিকে দেখার সাথে সাথে রেকর্ড করুন।</translation>
        </message>
        <message numerus="yes">
            <source>%n attended</source>
            <translation type="unfinished">
                <numerusform>%n জন উপস্থিত ছিলেন</numerusform>
                <numerusform>%n জন উপস্থিত ছিলেন</numerusform>
            </translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished">ত্রুটি: %1</translation>
        </message>
        <message>
            <source>: saved.</source>
            <translation type="unfinished">: সংরক্ষিত হয়েছে।</translation>
        </message>
        <message>
            <source>Someone called %1 %2 is already on record: untick Someone new and pick them from the list, or press Record again to add a different person.</source>
            <translation type="unfinished">%1 %2 নামে একজন আগে থেকেই রেকর্ডে আছেন: "নতুন কেউ" থেকে টিক তুলে দিয়ে তালিকা থেকে তাঁকে বেছে নিন, অথবা ভিন্ন একজন ব্যক্তিকে যোগ করতে আবার রেকর্ড বোতামটি চাপুন।</translation>
        </message>
        <message>
            <source>More than one person matches "%1": pick the right one from the list.</source>
            <translation type="unfinished">"%1"-এর সাথে একাধিক ব্যক্তি মিলছে: তালিকা থেকে সঠিক জনকে বেছে নিন।</translation>
        </message>
        <message>
            <source>No one on record matches "%1": pick a name from the list, or tick Someone new.</source>
            <translation type="unfinished">রেকর্ডে "%1"-এর সাথে কেউ মিলছে না: তালিকা থেকে একটি নাম বেছে নিন, অথবা "নতুন কেউ" টিক দিন।</translation>
        </message>
        <message>
            <source>Recorded %1.</source>
            <translation type="unfinished">%1 রেকর্ড করা হয়েছে।</translation>
        </message>
        <message>
            <source>So&amp;meone new</source>
            <translation type="unfinished">নতুন কেউ (&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>waymark::SessionsPage</name>
        <message>
            <source>Contract</source>
            <translation type="unfinished">চুক্তি</translation>
        </message>
        <message>
            <source>All contracts</source>
            <translation type="unfinished">সব চুক্তি</translation>
        </message>
        <message>
            <source>◀ &amp;Previous week</source>
            <translation type="unfinished">◀ আগের সপ্তাহ (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;This week</source>
            <translation type="unfinished">এই সপ্তাহ (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Next week ▶</source>
            <translation type="unfinished">পরের সপ্তাহ (&amp;N) ▶</translation>
        </message>
        <message>
            <source>New &amp;session…</source>
            <translation type="unfinished">নতুন সেশন (&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Change session…</source>
            <translation type="unfinished">সেশন পরিবর্তন করুন (&amp;C)…</translation>
        </message>
        <message>
            <source>Sessions this week</source>
            <translation type="unfinished">এই সপ্তাহের সেশন</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">কখন</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished">ধরন</translation>
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished">সেশন</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished">স্থান</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation type="unfinished">পরিচালনায়</translation>
        </message>
        <message>
            <source>Came</source>
            <translation type="unfinished">এসেছিলেন</translation>
        </message>
        <message>
            <source>C&amp;ontract:</source>
            <translation type="unfinished">চুক্তি (&amp;O):</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished">সেশন</translation>
        </message>
        <message>
            <source>Mon %1 to Sun %2</source>
            <translation type="unfinished">সোম %1 থেকে রবি %2</translation>
        </message>
        <message>
            <source>The sessions could not be read</source>
            <translation type="unfinished">সেশনগুলো পড়া যায়নি</translation>
        </message>
        <message>
            <source>No sessions this week</source>
            <translation type="unfinished">এই সপ্তাহে কোনো সেশন নেই</translation>
        </message>
        <message>
            <source>Add a group session or a drop-in surgery with New session, or look at another week.</source>
            <translation type="unfinished">"নতুন সেশন" দিয়ে একটি গ্রুপ সেশন বা ড্রপ-ইন সার্জারি যোগ করুন, অথবা অন্য সপ্তাহ দেখুন।</translation>
        </message>
        <message>
            <source>Change a session</source>
            <translation type="unfinished">সেশন পরিবর্তন করুন</translation>
        </message>
        <message>
            <source>New session</source>
            <translation type="unfinished">নতুন সেশন</translation>
        </message>
        <message>
            <source>A group session or drop-in surgery of one contract. Its register lists everyone in support with that contract on the day.</source>
            <translation type="unfinished">একটি চুক্তির অধীনে একটি গ্রুপ সেশন বা ড্রপ-ইন সার্জারি। এর উপস্থিতি তালিকায় ওই দিন সেই চুক্তির অধীনে সহায়তায় থাকা সবার নাম থাকে।</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished">সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Add session</source>
            <translation type="unfinished">সেশন যোগ করুন (&amp;A)</translation>
        </message>
        <message>
            <source>e.g. Tuesday walk, Grays drop-in</source>
            <translation type="unfinished">যেমন মঙ্গলবারের হাঁটা, Grays ড্রপ-ইন</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished"> মিনিট</translation>
        </message>
        <message>
            <source>&amp;Contract:</source>
            <translation type="unfinished">চুক্তি (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished">ধরন (&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished">নাম (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation type="unfinished">শুরু (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;How long:</source>
            <translation type="unfinished">কতক্ষণ (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Led by:</source>
            <translation type="unfinished">পরিচালনায় (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation type="unfinished">স্থান (&amp;V):</translation>
        </message>
    </context>
    <context>
        <name>waymark::SheetImportWizard</name>
        <message>
            <source>Move a caseload in from a spreadsheet</source>
            <translation type="unfinished">স্প্রেডশিট থেকে কেসলোড নিয়ে আসুন</translation>
        </message>
        <message>
            <source>Choose the spreadsheet</source>
            <translation type="unfinished">স্প্রেডশিট বেছে নিন</translation>
        </message>
        <message>
            <source>An Excel workbook (.xlsx) or a CSV file, with one row for each person (or for each of their support periods) and a row of headings above them.</source>
            <translation type="unfinished">একটি Excel ওয়ার্কবুক (.xlsx) বা CSV ফাইল, যেখানে প্রত্যেক ব্যক্তির জন্য (বা তাঁদের প্রতিটি সহায়তার সময়কালের জন্য) একটি করে সারি এবং সেগুলোর ওপরে শিরোনামের একটি সারি আছে।</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation type="unfinished">স্প্রেডশিট ফাইল</translation>
        </message>
        <message>
            <source>Choose the spreadsheet file to bring in</source>
            <translation type="unfinished">যে স্প্রেডশিট ফাইলটি আনতে চান তা বেছে নিন</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished">ফাইল (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation type="unfinished">শিট (&amp;S):</translation>
        </message>
        <message>
            <source>Worked out from the file</source>
            <translation type="unfinished">ফাইল থেকে নির্ণয় করা</translation>
        </message>
        <message>
            <source>Comma</source>
            <translation type="unfinished">কমা</translation>
        </message>
        <message>
            <source>Semicolon</source>
            <translation type="unfinished">সেমিকোলন</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished">ট্যাব</translation>
        </message>
        <message>
            <source>Vertical bar</source>
            <translation type="unfinished">খাড়া দাগ</translation>
        </message>
        <message>
            <source>Cells separated by:</source>
            <translation type="unfinished">ঘরগুলো যা দিয়ে আলাদা করা:</translation>
        </message>
        <message>
            <source>Unicode text (UTF-16)</source>
            <translation type="unfinished">Unicode টেক্সট (UTF-16)</translation>
        </message>
        <message>
            <source>Windows, Central European</source>
            <translation type="unfinished">Windows, মধ্য ইউরোপীয়</translation>
        </message>
        <message>
            <source>ISO 8859-1 (Latin 1)</source>
            <translation type="unfinished">ISO 8859-1 (Latin 1)</translation>
        </message>
        <message>
            <source>Characters written as:</source>
            <translation type="unfinished">অক্ষরগুলো যেভাবে লেখা:</translation>
        </message>
        <message>
            <source>Row of headings</source>
            <translation type="unfinished">শিরোনামের সারি</translation>
        </message>
        <message>
            <source>&amp;Headings are in row:</source>
            <translation type="unfinished">শিরোনাম যে সারিতে আছে (&amp;H):</translation>
        </message>
        <message>
            <source>Dates typed as text are month first (03/14/2026)</source>
            <translation type="unfinished">টেক্সট হিসেবে টাইপ করা তারিখে মাস আগে আছে (03/14/2026)</translation>
        </message>
        <message>
            <source>&amp;Use choices saved before…</source>
            <translation type="unfinished">আগে সংরক্ষণ করা পছন্দগুলো ব্যবহার করুন (&amp;U)…</translation>
        </message>
        <message>
            <source>Fill in the columns and answers from a mapping file saved on the last page, or written for waymark-cli import-sheet</source>
            <translation type="unfinished">শেষ পৃষ্ঠায় সংরক্ষণ করা, অথবা waymark-cli import-sheet-এর জন্য লেখা একটি ম্যাপিং ফাইল থেকে কলাম ও উত্তরগুলো পূরণ করুন</translation>
        </message>
        <message>
            <source>Use choices saved before</source>
            <translation type="unfinished">আগে সংরক্ষণ করা পছন্দগুলো ব্যবহার করুন</translation>
        </message>
        <message>
            <source>Mapping files (*.json)</source>
            <translation type="unfinished">ম্যাপিং ফাইল (*.json)</translation>
        </message>
        <message>
            <source>Not used</source>
            <translation type="unfinished">ব্যবহার করা হয় না</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation type="unfinished">এখনো কোনো ফাইল বেছে নেওয়া হয়নি।</translation>
        </message>
        <message>
            <source>The first rows of the sheet</source>
            <translation type="unfinished">শিটের প্রথম কয়েকটি সারি</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
            <translation type="unfinished">স্প্রেডশিট (*.xlsx *.xlsm *.csv *.txt);;সব ফাইল (*)</translation>
        </message>
        <message>
            <source>Say which column is which</source>
            <translation type="unfinished">কোন কলাম কী, তা জানান</translation>
        </message>
        <message>
            <source>Each column's heading and first few answers, and the Waymark field it goes into. The choices are guessed from the headings: check each one. A column left “not brought in” is left out.</source>
            <translation type="unfinished">প্রতিটি কলামের শিরোনাম ও প্রথম কয়েকটি উত্তর, এবং সেটি Waymark-এর কোন ফিল্ডে যাবে। শিরোনাম দেখে পছন্দগুলো অনুমান করা হয়েছে: প্রতিটি যাচাই করুন। যে কলাম “আনা হবে না” অবস্থায় রাখা হয়, সেটি বাদ পড়ে।</translation>
        </message>
        <message>
            <source>Columns of the sheet and the fields they go into</source>
            <translation type="unfinished">শিটের কলাম এবং সেগুলো যে ফিল্ডে যাবে</translation>
        </message>
        <message>
            <source>Column</source>
            <translation type="unfinished">কলাম</translation>
        </message>
        <message>
            <source>First answers</source>
            <translation type="unfinished">প্রথম উত্তরগুলো</translation>
        </message>
        <message>
            <source>Brought in as</source>
            <translation type="unfinished">যা হিসেবে আনা হবে</translation>
        </message>
        <message>
            <source>Contract of every row</source>
            <translation type="unfinished">প্রতিটি সারির চুক্তি</translation>
        </message>
        <message>
            <source>Given by a column</source>
            <translation type="unfinished">একটি কলাম থেকে নেওয়া</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished">%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Contract of every row:</source>
            <translation type="unfinished">প্রতিটি সারির চুক্তি (&amp;C):</translation>
        </message>
        <message>
            <source>such as North team; empty when no other sheet uses the same references</source>
            <translation type="unfinished">যেমন নর্থ টিম; অন্য কোনো শিট একই রেফারেন্স ব্যবহার না করলে খালি রাখুন</translation>
        </message>
        <message>
            <source>Two sheets that both number people from 1 are told apart by giving each its own name here</source>
            <translation type="unfinished">দুটি শিটেই যদি মানুষকে 1 থেকে নম্বর দেওয়া থাকে, তবে এখানে প্রতিটিকে নিজস্ব নাম দিয়ে সেগুলোকে আলাদা করা যায়</translation>
        </message>
        <message>
            <source>&amp;References are unique within:</source>
            <translation type="unfinished">রেফারেন্সগুলো যার মধ্যে অনন্য (&amp;R):</translation>
        </message>
        <message>
            <source>A row's referral and support period are under this contract unless a column is brought in as Contract.</source>
            <translation type="unfinished">কোনো কলাম চুক্তি হিসেবে আনা না হলে, প্রতিটি সারির রেফারেল ও সহায়তার সময়কাল এই চুক্তির অধীনে থাকবে।</translation>
        </message>
        <message>
            <source>Say what the sheet's answers mean</source>
            <translation type="unfinished">শিটের উত্তরগুলোর অর্থ কী, তা জানান</translation>
        </message>
        <message>
            <source>Each different answer in the columns Waymark keeps as a choice from a list, and what it is in Waymark. Guesses are filled in: check them, and choose where none was found.</source>
            <translation type="unfinished">যেসব কলামের উত্তর Waymark একটি তালিকা থেকে বেছে নেওয়া পছন্দ হিসেবে রাখে, সেগুলোর প্রতিটি ভিন্ন উত্তর, এবং Waymark-এ তা কী। অনুমানগুলো পূরণ করে দেওয়া হয়েছে: সেগুলো যাচাই করুন, এবং যেখানে কিছু পাওয়া যায়নি সেখানে বেছে নিন।</translation>
        </message>
        <message>
            <source>Answers in the sheet and what each means</source>
            <translation type="unfinished">শিটের উত্তর এবং প্রতিটির অর্থ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished">ফিল্ড</translation>
        </message>
        <message>
            <source>In the sheet</source>
            <translation type="unfinished">শিটে</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation type="unfinished">সারি</translation>
        </message>
        <message>
            <source>In Waymark</source>
            <translation type="unfinished">Waymark-এ</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation type="unfinished">ইমপোর্ট করার আগে যাচাই করুন</translation>
        </message>
        <message>
            <source>Every row is checked as the import will check it. Nothing is changed until you import.</source>
            <translation type="unfinished">ইমপোর্ট যেভাবে যাচাই করবে, প্রতিটি সারি সেভাবেই যাচাই করা হয়। আপনি ইমপোর্ট না করা পর্যন্ত কিছুই পরিবর্তন হয় না।</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished">ইমপোর্ট করুন (&amp;I)</translation>
        </message>
        <message>
            <source>Problems found by row and column, or what importing will do</source>
            <translation type="unfinished">সারি ও কলাম অনুযায়ী পাওয়া সমস্যা, অথবা ইমপোর্ট করলে কী হবে</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation type="unfinished">আবার যাচাই করুন (&amp;A)</translation>
        </message>
        <message>
            <source>Read the spreadsheet again, as it is saved now, and check every row</source>
            <translation type="unfinished">স্প্রেডশিটটি এখন যেভাবে সংরক্ষিত আছে সেভাবে আবার পড়ুন, এবং প্রতিটি সারি যাচাই করুন</translation>
        </message>
        <message>
            <source>&amp;Save these choices…</source>
            <translation type="unfinished">এই পছন্দগুলো সংরক্ষণ করুন (&amp;S)…</translation>
        </message>
        <message>
            <source>Keep the columns and answers chosen here in a mapping file, for waymark-cli import-sheet</source>
            <translation type="unfinished">এখানে বেছে নেওয়া কলাম ও উত্তরগুলো waymark-cli import-sheet-এর জন্য একটি ম্যাপিং ফাইলে রাখুন</translation>
        </message>
        <message>
            <source>Save the choices</source>
            <translation type="unfinished">পছন্দগুলো সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished">সংরক্ষণ করা হয়নি</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished">ইমপোর্ট করা হয়েছে</translation>
        </message>
        <message>
            <source> Cells separated by %1; characters written as %2.</source>
            <translation type="unfinished"> ঘরগুলো %1 দিয়ে আলাদা করা; অক্ষরগুলো %2 হিসেবে লেখা।</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation type="unfinished">ট্যাব</translation>
        </message>
        <message>
            <source>%1: %2 rows.</source>
            <translation type="unfinished">%1: %2টি সারি।</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished">%1: %2</translation>
        </message>
        <message>
            <source>Field for column %1</source>
            <translation type="unfinished">কলাম %1-এর ফিল্ড</translation>
        </message>
        <message>
            <source>— not brought in —</source>
            <translation type="unfinished">— আনা হবে না —</translation>
        </message>
        <message>
            <source>%1: what “%2” means</source>
            <translation type="unfinished">%1: “%2”-এর অর্থ</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation type="unfinished">— বেছে নিন —</translation>
        </message>
        <message>
            <source>%1 (left)</source>
            <translation type="unfinished">%1 (চলে গেছেন)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">হ্যাঁ</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">না</translation>
        </message>
        <message>
            <source>None of the columns brought in takes its answer from a list: there is nothing to choose here.</source>
            <translation type="unfinished">আনা কলামগুলোর কোনোটিই তালিকা থেকে উত্তর নেয় না: এখানে বেছে নেওয়ার কিছু নেই।</translation>
        </message>
        <message>
            <source>%1 of the %2 answers need you to choose what they mean.</source>
            <translation type="unfinished">%2টি উত্তরের মধ্যে %1টির অর্থ কী, তা আপনাকে বেছে দিতে হবে।</translation>
        </message>
        <message>
            <source>Every answer was matched: check the matches below.</source>
            <translation type="unfinished">প্রতিটি উত্তর মেলানো হয়েছে: নিচের মিলগুলো যাচাই করুন।</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation type="unfinished">%1 পড়া যাচ্ছে না: %2</translation>
        </message>
        <message>
            <source>The choices in %1 are used.</source>
            <translation type="unfinished">%1-এর পছন্দগুলো ব্যবহার করা হয়েছে।</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation type="unfinished">%1 লেখা যায়নি: %2</translation>
        </message>
        <message>
            <source>Put each right in the spreadsheet and save it, or in the choices on the pages before, then check again. Nothing has been changed.</source>
            <translation type="unfinished">প্রতিটি সমস্যা স্প্রেডশিটে ঠিক করে সেটি সংরক্ষণ করুন, অথবা আগের পৃষ্ঠাগুলোর পছন্দে ঠিক করুন, তারপর আবার যাচাই করুন। কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>1 problem to put right before importing.</source>
            <translation type="unfinished">ইমপোর্ট করার আগে 1টি সমস্যা ঠিক করতে হবে।</translation>
        </message>
        <message>
            <source>%1 problems to put right before importing.</source>
            <translation type="unfinished">ইমপোর্ট করার আগে %1টি সমস্যা ঠিক করতে হবে।</translation>
        </message>
        <message>
            <source>%1 people, %2 referrals and %3 support periods from %4 rows</source>
            <translation type="unfinished">%4টি সারি থেকে %1 জন ব্যক্তি, %2টি রেফারেল ও %3টি সহায়তার সময়কাল</translation>
        </message>
        <message>
            <source>No problems found. Importing brings in %1. Nothing has been changed yet.</source>
            <translation type="unfinished">কোনো সমস্যা পাওয়া যায়নি। ইমপোর্ট করলে আনা হবে: %1। এখনো কিছুই পরিবর্তন করা হয়নি।</translation>
        </message>
        <message>
            <source>Brought in %1. Each person's History says they came from %2.</source>
            <translation type="unfinished">আনা হয়েছে: %1। প্রত্যেক ব্যক্তির ইতিহাসে লেখা থাকে যে তাঁরা %2 থেকে এসেছেন।</translation>
        </message>
        <message>
            <source>Choose the spreadsheet first.</source>
            <translation type="unfinished">আগে স্প্রেডশিট বেছে নিন।</translation>
        </message>
        <message>
            <source>The sheet has no rows below its headings (row %1).</source>
            <translation type="unfinished">শিটে শিরোনামের সারির (সারি %1) নিচে কোনো সারি নেই।</translation>
        </message>
        <message>
            <source>%1 is chosen for two columns, %2 and %3.</source>
            <translation type="unfinished">%1 দুটি কলামের জন্য বেছে নেওয়া হয়েছে: %2 ও %3।</translation>
        </message>
        <message>
            <source>Column %1 has no heading: give it one in the spreadsheet to bring it in.</source>
            <translation type="unfinished">কলাম %1-এর কোনো শিরোনাম নেই: এটি আনতে স্প্রেডশিটে এর একটি শিরোনাম দিন।</translation>
        </message>
        <message>
            <source>Column %1 has the same heading as another column: give each its own.</source>
            <translation type="unfinished">কলাম %1-এর শিরোনাম অন্য একটি কলামের শিরোনামের মতোই: প্রতিটিকে আলাদা শিরোনাম দিন।</translation>
        </message>
        <message>
            <source>Choose the column of %1: every person needs it.</source>
            <translation type="unfinished">%1-এর কলাম বেছে নিন: প্রত্যেক ব্যক্তির জন্য এটি প্রয়োজন।</translation>
        </message>
        <message>
            <source>UTF-8 (“CSV UTF-8”)</source>
            <translation type="unfinished">UTF-8 (“CSV UTF-8”)</translation>
        </message>
        <message>
            <source>Windows, Western European (Excel’s “CSV”)</source>
            <translation type="unfinished">Windows, পশ্চিম ইউরোপীয় (Excel-এর “CSV”)</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation type="unfinished">বেছে নিন (&amp;C)…</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n row(s) as the import will…</source>
            <translation type="unfinished">
                <numerusform>ইমপোর্টের মতো করে %nটি সারি পরীক্ষা করা হচ্ছে…</numerusform>
                <numerusform>ইমপোর্টের মতো করে %nটি সারি পরীক্ষা করা হচ্ছে…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n row(s)…</source>
            <translation type="unfinished">
                <numerusform>%nটি সারি ইমপোর্ট করা হচ্ছে…</numerusform>
                <numerusform>%nটি সারি ইমপোর্ট করা হচ্ছে…</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation type="unfinished">থামান (&amp;S)</translation>
        </message>
        <message>
            <source>Stopped before the end: nothing has been changed. Check again when you are ready.</source>
            <translation type="unfinished">শেষ হওয়ার আগেই থামানো হয়েছে: কিছুই পরিবর্তন করা হয়নি। প্রস্তুত হলে আবার পরীক্ষা করুন।</translation>
        </message>
        <message>
            <source>Stopping: putting everything back as it was…</source>
            <translation type="unfinished">থামানো হচ্ছে: সবকিছু আগের অবস্থায় ফিরিয়ে নেওয়া হচ্ছে…</translation>
        </message>
    </context>
    <context>
        <name>waymark::SignInDialog</name>
        <message>
            <source>Sign in to Waymark</source>
            <translation type="unfinished">Waymark-এ সাইন ইন করুন</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; is encrypted. Sign in with your name and passphrase.</source>
            <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; এনক্রিপ্ট করা আছে। আপনার নাম ও পাসফ্রেজ দিয়ে সাইন ইন করুন।</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">নাম</translation>
        </message>
        <message>
            <source>Empty for the administrator</source>
            <translation type="unfinished">অ্যাডমিনিস্ট্রেটরের জন্য খালি রাখুন</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished">পাসফ্রেজ</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished">নাম (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished">পাসফ্রেজ (&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation type="unfinished">সাইন ইন করুন (&amp;S)</translation>
        </message>
        <message>
            <source>(a name not on record)</source>
            <translation type="unfinished">(রেকর্ডে নেই এমন একটি নাম)</translation>
        </message>
    </context>
    <context>
        <name>waymark::SqlCipherDriver</name>
        <message>
            <source>Error opening database</source>
            <translation type="unfinished">ডেটাবেস খুলতে ত্রুটি হয়েছে</translation>
        </message>
        <message>
            <source>the key is not 64 hexadecimal digits</source>
            <translation type="unfinished">কী-টি 64টি হেক্সাডেসিমাল অঙ্কের নয়</translation>
        </message>
        <message>
            <source>Unable to begin transaction</source>
            <translation type="unfinished">ট্রানজ্যাকশন শুরু করা যায়নি</translation>
        </message>
        <message>
            <source>Unable to commit transaction</source>
            <translation type="unfinished">ট্রানজ্যাকশন কমিট করা যায়নি</translation>
        </message>
        <message>
            <source>Unable to roll back transaction</source>
            <translation type="unfinished">ট্রানজ্যাকশন রোল ব্যাক করা যায়নি</translation>
        </message>
    </context>
    <context>
        <name>waymark::StaffAdminView</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">নাম</translation>
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished">ভূমিকা</translation>
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished">সক্রিয়</translation>
        </message>
        <message>
            <source>Signs in as</source>
            <translation type="unfinished">যে নামে সাইন ইন করেন</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished">কর্মী</translation>
        </message>
        <message>
            <source>&amp;Add member of staff…</source>
            <translation type="unfinished">কর্মী যোগ করুন (&amp;A)…</translation>
        </message>
        <message>
            <source>Chan&amp;ge…</source>
            <translation type="unfinished">পরিবর্তন করুন (&amp;G)…</translation>
        </message>
        <message>
            <source>Give a &amp;sign-in…</source>
            <translation type="unfinished">সাইন-ইন দিন (&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Remove sign-in</source>
            <translation type="unfinished">সাইন-ইন সরিয়ে দিন (&amp;R)</translation>
        </message>
        <message>
            <source>A new role, or someone leaving (their name stays on what they recorded)</source>
            <translation type="unfinished">নতুন ভূমিকা, অথবা কেউ চলে যাচ্ছেন (তাঁরা যা রেকর্ড করেছেন তাতে তাঁদের নাম থেকে যায়)</translation>
        </message>
        <message>
            <source>A key worker sees their own caseload; a team leader the whole team, the returns and plan sign-off; an administrator also this screen. Each person signs in with their own passphrase.</source>
            <translation type="unfinished">একজন কী ওয়ার্কার তাঁর নিজের কেসলোড দেখেন; একজন টিম লিডার পুরো টিম, রিটার্ন ও পরিকল্পনার অনুমোদন দেখেন; একজন অ্যাডমিনিস্ট্রেটর এই স্ক্রিনটিও দেখেন। প্রত্যেকে নিজের পাসফ্রেজ দিয়ে সাইন ইন করেন।</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished"> মিনিট</translation>
        </message>
        <message>
            <source>Lock after this long without use</source>
            <translation type="unfinished">এতক্ষণ ব্যবহার না হলে লক হবে</translation>
        </message>
        <message>
            <source>&amp;Lock Waymark on this computer after</source>
            <translation type="unfinished">এই কম্পিউটারে Waymark লক হবে (&amp;L)</translation>
        </message>
        <message>
            <source>without use (and always when it sleeps); Ctrl+L locks it at once.</source>
            <translation type="unfinished">ব্যবহার না হলে (এবং কম্পিউটার স্লিপে গেলে সবসময়); Ctrl+L চাপলে সঙ্গে সঙ্গে লক হয়।</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">হ্যাঁ</translation>
        </message>
        <message>
            <source>No (left)</source>
            <translation type="unfinished">না (চলে গেছেন)</translation>
        </message>
        <message>
            <source>No sign-in</source>
            <translation type="unfinished">সাইন-ইন নেই</translation>
        </message>
        <message>
            <source>New &amp;passphrase…</source>
            <translation type="unfinished">নতুন পাসফ্রেজ (&amp;P)…</translation>
        </message>
        <message>
            <source>This database is not encrypted (a demo): nobody signs in to it.</source>
            <translation type="unfinished">এই ডেটাবেসটি এনক্রিপ্ট করা নয় (একটি ডেমো): এতে কেউ সাইন ইন করেন না।</translation>
        </message>
        <message>
            <source>Give the selected person the team server sign-in its administrator made for them</source>
            <translation type="unfinished">টিম সার্ভারের অ্যাডমিনিস্ট্রেটর বেছে নেওয়া ব্যক্তির জন্য যে সাইন-ইন তৈরি করেছেন, সেটি তাঁকে দিন</translation>
        </message>
        <message>
            <source>The name and passphrase the selected person signs in with</source>
            <translation type="unfinished">বেছে নেওয়া ব্যক্তি যে নাম ও পাসফ্রেজ দিয়ে সাইন ইন করেন</translation>
        </message>
        <message>
            <source>Add member of staff</source>
            <translation type="unfinished">কর্মী যোগ করুন</translation>
        </message>
        <message>
            <source>Change member of staff</source>
            <translation type="unfinished">কর্মীর তথ্য পরিবর্তন করুন</translation>
        </message>
        <message>
            <source>Their role decides what they see. Someone who leaves is marked so rather than removed: their name stays on what they recorded, and they no longer sign in.</source>
            <translation type="unfinished">তাঁর ভূমিকা অনুযায়ী তিনি কী দেখবেন তা ঠিক হয়। কেউ চলে গেলে তাঁকে সরিয়ে না দিয়ে চলে গেছেন বলে চিহ্নিত করা হয়: তিনি যা রেকর্ড করেছেন তাতে তাঁর নাম থেকে যায়, এবং তিনি আর সাইন ইন করেন না।</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished">সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>Works here now</source>
            <translation type="unfinished">এখন এখানে কাজ করেন</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished">নাম (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished">ভূমিকা (&amp;R):</translation>
        </message>
        <message>
            <source>Give %1 a sign-in</source>
            <translation type="unfinished">%1-কে একটি সাইন-ইন দিন</translation>
        </message>
        <message>
            <source>New passphrase for %1</source>
            <translation type="unfinished">%1-এর জন্য নতুন পাসফ্রেজ</translation>
        </message>
        <message>
            <source>Choose the name they sign in with and a first passphrase of at least 12 characters (a few words are easiest to remember), and give it to them in person. Nobody, not even the administrator, can read it back.</source>
            <translation type="unfinished">তিনি যে নামে সাইন ইন করবেন সেটি এবং কমপক্ষে 12 অক্ষরের একটি প্রথম পাসফ্রেজ বেছে নিন (কয়েকটি শব্দ মনে রাখা সবচেয়ে সহজ), এবং সেটি সরাসরি তাঁর হাতে দিন। কেউ, এমনকি অ্যাডমিনিস্ট্রেটরও, এটি পরে আর পড়তে পারবেন না।</translation>
        </message>
        <message>
            <source>&amp;Give sign-in</source>
            <translation type="unfinished">সাইন-ইন দিন (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Set passphrase</source>
            <translation type="unfinished">পাসফ্রেজ নির্ধারণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>Signs in &amp;as:</source>
            <translation type="unfinished">যে নামে সাইন ইন করবেন (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished">পাসফ্রেজ (&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation type="unfinished">আবার (&amp;A):</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation type="unfinished">দুটি পাসফ্রেজ মিলছে না: একই পাসফ্রেজ দুবার টাইপ করুন।</translation>
        </message>
        <message>
            <source>On the team server, people sign in with the server's own sign-in, which its administrator makes with a password (createuser --pwprompt NAME). Type that name: Waymark gives it %1's record, so it sees what their role sees.</source>
            <translation type="unfinished">টিম সার্ভারে সবাই সার্ভারের নিজস্ব সাইন-ইন দিয়ে সাইন ইন করেন, যা সার্ভারের অ্যাডমিনিস্ট্রেটর একটি পাসওয়ার্ডসহ তৈরি করেন (createuser --pwprompt NAME)। সেই নামটি টাইপ করুন: Waymark সেটিকে %1-এর রেকর্ড দেয়, ফলে তাঁর ভূমিকা যা দেখতে পায়, সেটিও তা-ই দেখতে পায়।</translation>
        </message>
        <message>
            <source>&amp;Server sign-in:</source>
            <translation type="unfinished">সার্ভারের সাইন-ইন (&amp;S):</translation>
        </message>
        <message>
            <source>Remove sign-in</source>
            <translation type="unfinished">সাইন-ইন সরিয়ে দিন</translation>
        </message>
        <message>
            <source>%1 will no longer be able to sign in as "%2". Their records stay.</source>
            <translation type="unfinished">%1 আর "%2" হিসেবে সাইন ইন করতে পারবেন না। তাঁর রেকর্ডগুলো থেকে যাবে।</translation>
        </message>
    </context>
    <context>
        <name>waymark::StarAssessmentEditor</name>
        <message>
            <source>Score the star: %1</source>
            <translation type="unfinished">স্টারে স্কোর দিন: %1</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished">তারিখ (&amp;D):</translation>
        </message>
        <message>
            <source>Completed &amp;by:</source>
            <translation type="unfinished">যিনি পূরণ করেছেন (&amp;B):</translation>
        </message>
        <message>
            <source>Scores from %1 to %2.</source>
            <translation type="unfinished">স্কোর %1 থেকে %2।</translation>
        </message>
        <message>
            <source>The scale: %1</source>
            <translation type="unfinished">স্কেল: %1</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation type="unfinished">স্কোর দেওয়া হয়নি</translation>
        </message>
        <message>
            <source>Score for %1</source>
            <translation type="unfinished">%1-এর স্কোর</translation>
        </message>
        <message>
            <source>note (optional)</source>
            <translation type="unfinished">নোট (ঐচ্ছিক)</translation>
        </message>
        <message>
            <source>Note on %1</source>
            <translation type="unfinished">%1 সম্পর্কে নোট</translation>
        </message>
        <message>
            <source>&amp;Save assessment</source>
            <translation type="unfinished">মূল্যায়ন সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>Not scored: %1. Press Save again to save without them; distance travelled leaves them out.</source>
            <translation type="unfinished">স্কোর দেওয়া হয়নি: %1। এগুলো ছাড়াই সংরক্ষণ করতে আবার সংরক্ষণ চাপুন; অগ্রগতির দূরত্বের হিসাবে এগুলো বাদ থাকবে।</translation>
        </message>
    </context>
    <context>
        <name>waymark::StarChartView</name>
        <message>
            <source>Outcome Star chart</source>
            <translation type="unfinished">Outcome Star চার্ট</translation>
        </message>
        <message>
            <source>Outcome Star of %1 areas: %2</source>
            <translation type="unfinished">%1টি ক্ষেত্রের Outcome Star: %2</translation>
        </message>
        <message>
            <source>%1: not scored (%2)</source>
            <translation type="unfinished">%1: স্কোর দেওয়া হয়নি (%2)</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation type="unfinished">%1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1: %2, %3 (%4)</source>
            <translation type="unfinished">%1: %2, %3 (%4)</translation>
        </message>
    </context>
    <context>
        <name>waymark::StarDistanceView</name>
        <message>
            <source>Distance travelled per area</source>
            <translation type="unfinished">প্রতিটি ক্ষেত্রে অগ্রগতির দূরত্ব</translation>
        </message>
        <message>
            <source>Distance travelled</source>
            <translation type="unfinished">অগ্রগতির দূরত্ব</translation>
        </message>
        <message>
            <source>%1 (not scored twice)</source>
            <translation type="unfinished">%1 (দুবার স্কোর দেওয়া হয়নি)</translation>
        </message>
        <message>
            <source>The distance travelled shows once a star has been scored twice.</source>
            <translation type="unfinished">স্টারে দুবার স্কোর দেওয়া হলে অগ্রগতির দূরত্ব দেখা যাবে।</translation>
        </message>
    </context>
    <context>
        <name>waymark::StarTab</name>
        <message>
            <source>The star is scored while the person is in support with a contract that uses one.</source>
            <translation type="unfinished">ব্যক্তি যখন এমন কোনো চুক্তির অধীনে সহায়তায় থাকেন যেটি স্টার ব্যবহার করে, তখন স্টারে স্কোর দেওয়া হয়।</translation>
        </message>
        <message>
            <source>Also show the assessment of</source>
            <translation type="unfinished">যে তারিখের মূল্যায়নও দেখানো হবে</translation>
        </message>
        <message>
            <source>First and latest only</source>
            <translation type="unfinished">শুধু প্রথম ও সর্বশেষ</translation>
        </message>
        <message>
            <source>&amp;Also show:</source>
            <translation type="unfinished">এটিও দেখান (&amp;A):</translation>
        </message>
        <message>
            <source>No Outcome Star assessments yet</source>
            <translation type="unfinished">এখনো কোনো Outcome Star মূল্যায়ন নেই</translation>
        </message>
        <message>
            <source>Score the star with the person, area by area; repeat it at least every three months and their journey shows here.</source>
            <translation type="unfinished">ব্যক্তির সাথে মিলে ক্ষেত্র ধরে ধরে স্টারে স্কোর দিন; অন্তত প্রতি তিন মাসে একবার এটি করুন, তাহলে তাঁর অগ্রযাত্রা এখানে দেখা যাবে।</translation>
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished">ক্ষেত্র</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">পরিবর্তন</translation>
        </message>
        <message>
            <source>Star scores by date</source>
            <translation type="unfinished">তারিখ অনুযায়ী স্টারের স্কোর</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation type="unfinished">স্কোর দেওয়া হয়নি</translation>
        </message>
        <message>
            <source>not scored in both</source>
            <translation type="unfinished">উভয় মূল্যায়নে স্কোর দেওয়া হয়নি</translation>
        </message>
        <message>
            <source>Completed by</source>
            <translation type="unfinished">যিনি পূরণ করেছেন</translation>
        </message>
        <message>
            <source>Score the s&amp;tar…</source>
            <translation type="unfinished">স্টারে স্কোর দিন (&amp;T)…</translation>
        </message>
        <message>
            <source>Pr&amp;int star…</source>
            <translation type="unfinished">স্টার প্রিন্ট করুন (&amp;I)…</translation>
        </message>
    </context>
    <context>
        <name>waymark::StarTemplateEditor</name>
        <message>
            <source>Remove</source>
            <translation type="unfinished">সরিয়ে দিন</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished">ওপরে সরান</translation>
        </message>
        <message>
            <source>New star template</source>
            <translation type="unfinished">নতুন স্টার টেমপ্লেট</translation>
        </message>
        <message>
            <source>Star template: %1</source>
            <translation type="unfinished">স্টার টেমপ্লেট: %1</translation>
        </message>
        <message>
            <source>Lowest score</source>
            <translation type="unfinished">সর্বনিম্ন স্কোর</translation>
        </message>
        <message>
            <source>Highest score</source>
            <translation type="unfinished">সর্বোচ্চ স্কোর</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation type="unfinished">ক্ষেত্রসমূহ</translation>
        </message>
        <message>
            <source>Key</source>
            <translation type="unfinished">কী</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">নাম</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">বিবরণ</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished">ধাপসমূহ</translation>
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">থেকে</translation>
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished">পর্যন্ত</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished">নাম (&amp;N):</translation>
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished">থেকে</translation>
        </message>
        <message>
            <source>&amp;Scale from:</source>
            <translation type="unfinished">স্কেল (&amp;S):</translation>
        </message>
        <message>
            <source>Areas, in the order they go round the star</source>
            <translation type="unfinished">ক্ষেত্রসমূহ, স্টারে যে ক্রমে ঘুরে আসে</translation>
        </message>
        <message>
            <source>A key is lower-case letters, digits and _; it is what assessments are stored under, so it cannot change once scored.</source>
            <translation type="unfinished">কী হলো ছোট হাতের (lower-case) অক্ষর, অঙ্ক ও _; মূল্যায়নগুলো এর অধীনেই সংরক্ষিত হয়, তাই একবার স্কোর দেওয়া হলে এটি আর পরিবর্তন করা যায় না।</translation>
        </message>
        <message>
            <source>Add &amp;area</source>
            <translation type="unfinished">ক্ষেত্র যোগ করুন (&amp;A)</translation>
        </message>
        <message>
            <source>Stages: every score of the scale in exactly one</source>
            <translation type="unfinished">ধাপসমূহ: স্কেলের প্রতিটি স্কোর ঠিক একটি ধাপে থাকবে</translation>
        </message>
        <message>
            <source>Add s&amp;tage</source>
            <translation type="unfinished">ধাপ যোগ করুন (&amp;T)</translation>
        </message>
        <message>
            <source>Area %1, %2</source>
            <translation type="unfinished">ক্ষেত্র %1, %2</translation>
        </message>
        <message>
            <source>Stage %1, %2</source>
            <translation type="unfinished">ধাপ %1, %2</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished">ত্রুটি: %1</translation>
        </message>
        <message>
            <source>Error: %1: %2</source>
            <translation type="unfinished">ত্রুটি: %1: %2</translation>
        </message>
    </context>
    <context>
        <name>waymark::SupportPlanEditor</name>
        <message>
            <source>Review the support plan</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা পর্যালোচনা করুন</translation>
        </message>
        <message>
            <source>Support plan</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা</translation>
        </message>
        <message>
            <source>Needs arising from who the person is</source>
            <translation type="unfinished">ব্যক্তির নিজস্ব পরিচয় থেকে উদ্ভূত প্রয়োজন</translation>
        </message>
        <message>
            <source>None identified</source>
            <translation type="unfinished">কিছু চিহ্নিত হয়নি</translation>
        </message>
        <message>
            <source>No needs identified arising from %1</source>
            <translation type="unfinished">%1 থেকে উদ্ভূত কোনো প্রয়োজন চিহ্নিত হয়নি</translation>
        </message>
        <message>
            <source>Needs arising from %1</source>
            <translation type="unfinished">%1 থেকে উদ্ভূত প্রয়োজন</translation>
        </message>
        <message>
            <source>SMART goals</source>
            <translation type="unfinished">SMART লক্ষ্য</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished">লক্ষ্যসমূহ</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished">লক্ষ্য</translation>
        </message>
        <message>
            <source>Measured by</source>
            <translation type="unfinished">যেভাবে পরিমাপ করা হবে</translation>
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished">কে</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished">লক্ষ্যমাত্রা</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">অবস্থা</translation>
        </message>
        <message>
            <source>&amp;Add goal…</source>
            <translation type="unfinished">লক্ষ্য যোগ করুন (&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit goal…</source>
            <translation type="unfinished">লক্ষ্য সম্পাদনা করুন (&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Progress…</source>
            <translation type="unfinished">অগ্রগতি (&amp;P)…</translation>
        </message>
        <message>
            <source>Write what progress the selected goal made</source>
            <translation type="unfinished">বেছে নেওয়া লক্ষ্যে কতটা অগ্রগতি হয়েছে তা লিখুন</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished">অগ্রগতি</translation>
        </message>
        <message>
            <source>Progress on "%1":</source>
            <translation type="unfinished">"%1"-এর অগ্রগতি:</translation>
        </message>
        <message>
            <source>The review</source>
            <translation type="unfinished">পর্যালোচনা</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation type="unfinished">সম্মতি</translation>
        </message>
        <message>
            <source>The person has agreed this plan</source>
            <translation type="unfinished">ব্যক্তি এই পরিকল্পনায় সম্মতি দিয়েছেন</translation>
        </message>
        <message>
            <source>A team leader records the person's agreement (sign-off)</source>
            <translation type="unfinished">একজন টিম লিডার ব্যক্তির সম্মতি রেকর্ড করেন (অনুমোদন)</translation>
        </message>
        <message>
            <source>Agreed &amp;on:</source>
            <translation type="unfinished">সম্মতির তারিখ (&amp;O):</translation>
        </message>
        <message>
            <source>the person, the key worker, anyone else</source>
            <translation type="unfinished">ব্যক্তি, কী ওয়ার্কার, অন্য যে কেউ</translation>
        </message>
        <message>
            <source>&amp;Held on:</source>
            <translation type="unfinished">অনুষ্ঠিত হওয়ার তারিখ (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation type="unfinished">সারসংক্ষেপ (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Record review</source>
            <translation type="unfinished">পর্যালোচনা রেকর্ড করুন (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation type="unfinished">পরিকল্পনা সংরক্ষণ করুন (&amp;S)</translation>
        </message>
        <message>
            <source>Progress on "%1": %2</source>
            <translation type="unfinished">"%1"-এর অগ্রগতি: %2</translation>
        </message>
        <message>
            <source>Not saved: correct what is marked below.</source>
            <translation type="unfinished">সংরক্ষণ করা হয়নি: নিচে যা চিহ্নিত করা আছে তা ঠিক করুন।</translation>
        </message>
        <message>
            <source>Goal %1: %2</source>
            <translation type="unfinished">লক্ষ্য %1: %2</translation>
        </message>
        <message>
            <source>Re&amp;move goal</source>
            <translation type="unfinished">লক্ষ্য সরিয়ে দিন (&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Who took part:</source>
            <translation type="unfinished">কারা অংশ নিয়েছেন (&amp;W):</translation>
        </message>
    </context>
    <context>
        <name>waymark::SyncConflictsDialog</name>
        <message>
            <source>Person</source>
            <translation type="unfinished">ব্যক্তি</translation>
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished">রেকর্ড</translation>
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished">ফিল্ড</translation>
        </message>
        <message>
            <source>On this laptop</source>
            <translation type="unfinished">এই ল্যাপটপে</translation>
        </message>
        <message>
            <source>On the team server</source>
            <translation type="unfinished">টিম সার্ভারে</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation type="unfinished">সিঙ্ক দ্বন্দ্ব</translation>
        </message>
        <message>
            <source>Keep this &amp;laptop's</source>
            <translation type="unfinished">এই ল্যাপটপেরটি রাখুন (&amp;L)</translation>
        </message>
        <message>
            <source>Keep the team &amp;server's</source>
            <translation type="unfinished">টিম সার্ভারেরটি রাখুন (&amp;S)</translation>
        </message>
        <message>
            <source>These were changed both here and on the team server since they last agreed. The team server's value is shown everywhere until you choose; this laptop's is kept here.</source>
            <translation type="unfinished">শেষবার দুটি মিলে যাওয়ার পর থেকে এগুলো এখানে এবং টিম সার্ভারে দুই জায়গাতেই পরিবর্তন করা হয়েছে। আপনি বেছে না নেওয়া পর্যন্ত সব জায়গায় টিম সার্ভারের মান দেখানো হবে; এই ল্যাপটপের মানটি এখানে রাখা থাকবে।</translation>
        </message>
        <message>
            <source>This laptop's value goes to the team server at the next sync</source>
            <translation type="unfinished">পরের সিঙ্কে এই ল্যাপটপের মানটি টিম সার্ভারে যাবে</translation>
        </message>
        <message>
            <source>The team server's value stays, as every copy shows it now</source>
            <translation type="unfinished">টিম সার্ভারের মানটিই থাকবে, যেমনটি এখন প্রতিটি কপিতে দেখা যাচ্ছে</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished">মুছে ফেলা হয়েছে</translation>
        </message>
        <message>
            <source>Kept (not deleted)</source>
            <translation type="unfinished">রাখা হয়েছে (মোছা হয়নি)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished">(খালি)</translation>
        </message>
        <message>
            <source>(no one person)</source>
            <translation type="unfinished">(নির্দিষ্ট কোনো একজন ব্যক্তি নয়)</translation>
        </message>
        <message>
            <source>(not on this laptop)</source>
            <translation type="unfinished">(এই ল্যাপটপে নেই)</translation>
        </message>
        <message>
            <source>%1
%2, %3</source>
            <translation type="unfinished">%1
%2, %3</translation>
        </message>
        <message>
            <source>No conflicts: everything here agrees with the team server.</source>
            <translation type="unfinished">কোনো দ্বন্দ্ব নেই: এখানকার সবকিছু টিম সার্ভারের সাথে মিলে আছে।</translation>
        </message>
        <message>
            <source>Choose a row, then keep one of its two values.</source>
            <translation type="unfinished">একটি সারি বেছে নিন, তারপর এর দুটি মানের একটি রাখুন।</translation>
        </message>
    </context>
    <context>
        <name>waymark::SyncPanel</name>
        <message>
            <source>S&amp;ync now</source>
            <translation type="unfinished">এখনই সিঙ্ক করুন (&amp;Y)</translation>
        </message>
        <message>
            <source>Send this laptop's changes to the team server and bring back everyone else's</source>
            <translation type="unfinished">এই ল্যাপটপের পরিবর্তনগুলো টিম সার্ভারে পাঠান এবং অন্য সবার পরিবর্তন নিয়ে আসুন</translation>
        </message>
        <message>
            <source>Fields changed both here and on the team server: choose which to keep</source>
            <translation type="unfinished">যেসব ফিল্ড এখানে এবং টিম সার্ভারে দুই জায়গাতেই পরিবর্তন হয়েছে: কোনটি রাখবেন বেছে নিন</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished">এখনই সিঙ্ক করুন</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation type="unfinished">সিঙ্ক দ্বন্দ্ব</translation>
        </message>
        <message>
            <source>Sync with a team server</source>
            <translation type="unfinished">একটি টিম সার্ভারের সাথে সিঙ্ক করুন</translation>
        </message>
        <message>
            <source>The team server's address, as your administrator gave it
(like postgresql://jo@waymark.example.org/team):</source>
            <translation type="unfinished">আপনার অ্যাডমিনিস্ট্রেটর যেভাবে দিয়েছেন, সেভাবে টিম সার্ভারের ঠিকানা
(যেমন postgresql://jo@waymark.example.org/team):</translation>
        </message>
        <message>
            <source>Not syncing with a team server</source>
            <translation type="unfinished">কোনো টিম সার্ভারের সাথে সিঙ্ক হচ্ছে না</translation>
        </message>
        <message>
            <source>S&amp;ync…</source>
            <translation type="unfinished">সিঙ্ক (&amp;Y)…</translation>
        </message>
        <message>
            <source>Synced %1</source>
            <translation type="unfinished">সিঙ্ক হয়েছে %1</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished">এখনো সিঙ্ক হয়নি</translation>
        </message>
        <message>
            <source>1 change waiting</source>
            <translation type="unfinished">1টি পরিবর্তন অপেক্ষমাণ</translation>
        </message>
        <message>
            <source>%1 changes waiting</source>
            <translation type="unfinished">%1টি পরিবর্তন অপেক্ষমাণ</translation>
        </message>
        <message>
            <source>Team server: %1</source>
            <translation type="unfinished">টিম সার্ভার: %1</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation type="unfinished">1টি দ্বন্দ্ব</translation>
        </message>
        <message>
            <source>%1 conflicts</source>
            <translation type="unfinished">%1টি দ্বন্দ্ব</translation>
        </message>
        <message>
            <source>That is not a team server's address: it starts postgresql://</source>
            <translation type="unfinished">এটি টিম সার্ভারের ঠিকানা নয়: ঠিকানা postgresql:// দিয়ে শুরু হয়</translation>
        </message>
        <message>
            <source>Syncing with the team server…</source>
            <translation type="unfinished">টিম সার্ভারের সাথে সিঙ্ক হচ্ছে…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished">থামান</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished">সিঙ্ক</translation>
        </message>
        <message>
            <source>The sync did not finish.</source>
            <translation type="unfinished">সিঙ্ক শেষ হয়নি।</translation>
        </message>
        <message>
            <source>%1 sent, %2 received</source>
            <translation type="unfinished">%1টি পাঠানো হয়েছে, %2টি পাওয়া গেছে</translation>
        </message>
        <message>
            <source>left this laptop, no longer on its caseloads: %1</source>
            <translation type="unfinished">এই ল্যাপটপ থেকে সরানো হয়েছে, এর কেসলোডে আর নেই: %1</translation>
        </message>
    </context>
    <context>
        <name>waymark::TodayModel</name>
        <message>
            <source>First contact overdue</source>
            <translation type="unfinished">প্রথম যোগাযোগের সময় পেরিয়ে গেছে</translation>
        </message>
        <message>
            <source>First contact due</source>
            <translation type="unfinished">প্রথম যোগাযোগের সময় হয়েছে</translation>
        </message>
        <message>
            <source>No support plan yet</source>
            <translation type="unfinished">এখনো কোনো সহায়তা পরিকল্পনা নেই</translation>
        </message>
        <message>
            <source>Support plan review due</source>
            <translation type="unfinished">সহায়তা পরিকল্পনা পর্যালোচনার সময় হয়েছে</translation>
        </message>
        <message>
            <source>Outcome Star due</source>
            <translation type="unfinished">Outcome Star-এর সময় হয়েছে</translation>
        </message>
        <message>
            <source>Support ending soon</source>
            <translation type="unfinished">সহায়তা শীঘ্রই শেষ হচ্ছে</translation>
        </message>
        <message>
            <source>Past the maximum length of support</source>
            <translation type="unfinished">সহায়তার সর্বোচ্চ মেয়াদ পেরিয়ে গেছে</translation>
        </message>
        <message>
            <source>Withdrawal review needed after missed appointments</source>
            <translation type="unfinished">অ্যাপয়েন্টমেন্টে না আসায় প্রত্যাহার পর্যালোচনা প্রয়োজন</translation>
        </message>
        <message>
            <source>Over the weekly hours cap</source>
            <translation type="unfinished">সাপ্তাহিক ঘণ্টার সীমা ছাড়িয়ে গেছে</translation>
        </message>
        <message>
            <source>Contact the person now</source>
            <translation type="unfinished">এখনই ব্যক্তির সাথে যোগাযোগ করুন</translation>
        </message>
        <message>
            <source>Contact the person about their referral</source>
            <translation type="unfinished">ব্যক্তির রেফারেল নিয়ে তাঁর সাথে যোগাযোগ করুন</translation>
        </message>
        <message>
            <source>Write and agree a support plan</source>
            <translation type="unfinished">একটি সহায়তা পরিকল্পনা লিখুন ও তাতে সম্মতি নিন</translation>
        </message>
        <message>
            <source>Review the support plan with the person</source>
            <translation type="unfinished">ব্যক্তির সাথে সহায়তা পরিকল্পনা পর্যালোচনা করুন</translation>
        </message>
        <message>
            <source>Complete an Outcome Star assessment</source>
            <translation type="unfinished">একটি Outcome Star মূল্যায়ন সম্পন্ন করুন</translation>
        </message>
        <message>
            <source>Plan the move on, or agree an extension</source>
            <translation type="unfinished">অন্যত্র যাওয়ার পরিকল্পনা করুন, অথবা মেয়াদ বৃদ্ধিতে সম্মত হন</translation>
        </message>
        <message>
            <source>Close support, or record the extension agreed</source>
            <translation type="unfinished">সহায়তা বন্ধ করুন, অথবা সম্মত হওয়া মেয়াদ বৃদ্ধি রেকর্ড করুন</translation>
        </message>
        <message>
            <source>Decide whether support continues</source>
            <translation type="unfinished">সহায়তা চলবে কি না সিদ্ধান্ত নিন</translation>
        </message>
        <message>
            <source>Reduce the hours, or record why more are needed</source>
            <translation type="unfinished">ঘণ্টা কমান, অথবা কেন বেশি ঘণ্টা প্রয়োজন তা রেকর্ড করুন</translation>
        </message>
        <message>
            <source>%1 (%2 h late)</source>
            <translation type="unfinished">%1 (%2 ঘণ্টা দেরি)</translation>
        </message>
        <message>
            <source>%1 (%2 min late)</source>
            <translation type="unfinished">%1 (%2 মিনিট দেরি)</translation>
        </message>
        <message>
            <source>%1 (%2 h left)</source>
            <translation type="unfinished">%1 (%2 ঘণ্টা বাকি)</translation>
        </message>
        <message>
            <source>%1 (%2 min left)</source>
            <translation type="unfinished">%1 (%2 মিনিট বাকি)</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation type="unfinished">%1-এর সপ্তাহ</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished">%1 (%2)</translation>
        </message>
        <message>
            <source>Not yet allocated</source>
            <translation type="unfinished">এখনো নির্ধারণ করা হয়নি</translation>
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished">ব্যক্তি</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation type="unfinished">কী করতে হবে</translation>
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished">নির্ধারিত সময়</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">চুক্তি</translation>
        </message>
        <message>
            <source>Key worker</source>
            <translation type="unfinished">কী ওয়ার্কার</translation>
        </message>
    </context>
    <context>
        <name>waymark::TodayPage</name>
        <message>
            <source>Today</source>
            <translation type="unfinished">আজ</translation>
        </message>
        <message>
            <source>Whose list</source>
            <translation type="unfinished">কার তালিকা</translation>
        </message>
        <message>
            <source>A key worker's own list, or the whole team's</source>
            <translation type="unfinished">একজন কী ওয়ার্কারের নিজের তালিকা, অথবা পুরো টিমের</translation>
        </message>
        <message>
            <source>&amp;Showing:</source>
            <translation type="unfinished">দেখানো হচ্ছে (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished">রিফ্রেশ করুন (&amp;R)</translation>
        </message>
        <message>
            <source>Read the list again (F5)</source>
            <translation type="unfinished">তালিকাটি আবার পড়ুন (F5)</translation>
        </message>
        <message>
            <source>Today's list</source>
            <translation type="unfinished">আজকের তালিকা</translation>
        </message>
        <message>
            <source>The list was not read</source>
            <translation type="unfinished">তালিকাটি পড়া হয়নি</translation>
        </message>
        <message>
            <source>Press Refresh (F5) to read it.</source>
            <translation type="unfinished">পড়তে "রিফ্রেশ করুন" (F5) চাপুন।</translation>
        </message>
        <message>
            <source>Everyone (team view)</source>
            <translation type="unfinished">সবাই (টিম ভিউ)</translation>
        </message>
        <message>
            <source>Your caseload</source>
            <translation type="unfinished">আপনার কেসলোড</translation>
        </message>
        <message>
            <source>Your own list: a team leader sees the whole team's</source>
            <translation type="unfinished">আপনার নিজের তালিকা: একজন টিম লিডার পুরো টিমের তালিকা দেখেন</translation>
        </message>
        <message>
            <source>No key worker</source>
            <translation type="unfinished">কোনো কী ওয়ার্কার নেই</translation>
        </message>
        <message>
            <source>Reading what needs attention…</source>
            <translation type="unfinished">কোন কোন বিষয়ে মনোযোগ দরকার তা পড়া হচ্ছে…</translation>
        </message>
        <message>
            <source>The Today list could not be read</source>
            <translation type="unfinished">আজকের তালিকা পড়া যায়নি</translation>
        </message>
        <message>
            <source>no one named</source>
            <translation type="unfinished">কারও নাম নেই</translation>
        </message>
        <message>
            <source>someone not on your list</source>
            <translation type="unfinished">আপনার তালিকায় নেই এমন কেউ</translation>
        </message>
        <message>
            <source>, received %1</source>
            <translation type="unfinished">, প্রাপ্ত %1</translation>
        </message>
        <message>
            <source>Warning: a serious complaint has not been sent to the commissioner's authorised officer, which must be done at once: %1</source>
            <translation type="unfinished">সতর্কতা: একটি গুরুতর অভিযোগ কমিশনারের অনুমোদিত কর্মকর্তার কাছে পাঠানো হয়নি, যা এখনই করতে হবে: %1</translation>
        </message>
        <message>
            <source>Warning: %1 serious complaints have not been sent to the commissioner's authorised officer, which must be done at once: %2</source>
            <translation type="unfinished">সতর্কতা: %1টি গুরুতর অভিযোগ কমিশনারের অনুমোদিত কর্মকর্তার কাছে পাঠানো হয়নি, যা এখনই করতে হবে: %2</translation>
        </message>
        <message>
            <source>1 item needs attention</source>
            <translation type="unfinished">1টি বিষয়ে মনোযোগ দরকার</translation>
        </message>
        <message>
            <source>%1 items need attention</source>
            <translation type="unfinished">%1টি বিষয়ে মনোযোগ দরকার</translation>
        </message>
        <message>
            <source>%1 across the team.</source>
            <translation type="unfinished">পুরো টিমে %1।</translation>
        </message>
        <message>
            <source>%1. Referrals waiting for first contact are listed for everyone until a key worker is allocated.</source>
            <translation type="unfinished">%1। কী ওয়ার্কার নির্ধারণ না হওয়া পর্যন্ত প্রথম যোগাযোগের অপেক্ষায় থাকা রেফারেলগুলো সবার তালিকায় দেখানো হয়।</translation>
        </message>
        <message>
            <source>Nothing needs attention</source>
            <translation type="unfinished">কোনো কিছুতে মনোযোগ দরকার নেই</translation>
        </message>
        <message>
            <source>No first contacts, reviews, stars or missed appointments are due for anyone. New referrals appear here until they are contacted.</source>
            <translation type="unfinished">কারও জন্য কোনো প্রথম যোগাযোগ, পর্যালোচনা, স্টার বা মিস করা অ্যাপয়েন্টমেন্ট বাকি নেই। নতুন রেফারেলগুলো যোগাযোগ না হওয়া পর্যন্ত এখানে দেখা যায়।</translation>
        </message>
        <message>
            <source>Nothing is due for %1. Choose "Everyone" to see the whole team's list.</source>
            <translation type="unfinished">%1-এর জন্য কিছু বাকি নেই। পুরো টিমের তালিকা দেখতে "সবাই" বেছে নিন।</translation>
        </message>
    </context>
    <context>
        <name>waymark::TriageDialog</name>
        <message>
            <source>Decide on the referral</source>
            <translation type="unfinished">রেফারেল নিয়ে সিদ্ধান্ত নিন</translation>
        </message>
        <message>
            <source>First contact %1.</source>
            <translation type="unfinished">প্রথম যোগাযোগ %1।</translation>
        </message>
        <message>
            <source>First contact was due by %1 and is overdue.</source>
            <translation type="unfinished">প্রথম যোগাযোগ %1-এর মধ্যে করার কথা ছিল, সময় পেরিয়ে গেছে।</translation>
        </message>
        <message>
            <source>First contact due by %1.</source>
            <translation type="unfinished">প্রথম যোগাযোগ %1-এর মধ্যে করতে হবে।</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; referred to %2 by %3 on %4. %5</source>
            <translation type="unfinished">%4 তারিখে %3 &lt;b&gt;%1&lt;/b&gt;-কে %2-এ রেফার করেছেন। %5</translation>
        </message>
        <message>
            <source>Eligibility: nothing to check.</source>
            <translation type="unfinished">যোগ্যতা: যাচাই করার কিছু নেই।</translation>
        </message>
        <message>
            <source>Eligibility to weigh (T 4.1): 
%1</source>
            <translation type="unfinished">যোগ্যতার যা বিবেচনা করতে হবে (T 4.1): 
%1</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished">সিদ্ধান্ত</translation>
        </message>
        <message>
            <source>&amp;Accept into support</source>
            <translation type="unfinished">সহায়তায় গ্রহণ করুন (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Signpost to another service</source>
            <translation type="unfinished">অন্য সেবায় পাঠান (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Decline</source>
            <translation type="unfinished">প্রত্যাখ্যান করুন (&amp;D)</translation>
        </message>
        <message>
            <source>Leave &amp;pending</source>
            <translation type="unfinished">অপেক্ষমাণ রাখুন (&amp;P)</translation>
        </message>
        <message>
            <source>Choose the key worker</source>
            <translation type="unfinished">কী ওয়ার্কার বেছে নিন</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">রেকর্ড করা হয়নি</translation>
        </message>
        <message>
            <source>&amp;Key worker:</source>
            <translation type="unfinished">কী ওয়ার্কার (&amp;K):</translation>
        </message>
        <message>
            <source>Accommodation-&amp;based support:</source>
            <translation type="unfinished">আবাসনভিত্তিক সহায়তা (&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation type="unfinished">কারণ (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Record decision</source>
            <translation type="unfinished">সিদ্ধান্ত রেকর্ড করুন (&amp;R)</translation>
        </message>
        <message>
            <source>Service signposted to</source>
            <translation type="unfinished">যে সেবায় পাঠানো হয়েছে</translation>
        </message>
        <message>
            <source>Reason for declining</source>
            <translation type="unfinished">প্রত্যাখ্যানের কারণ</translation>
        </message>
        <message>
            <source>The decision was not recorded: correct the fields marked below.</source>
            <translation type="unfinished">সিদ্ধান্ত রেকর্ড করা হয়নি: নিচে চিহ্নিত ঘরগুলো ঠিক করুন।</translation>
        </message>
        <message>
            <source>Support s&amp;tarts:</source>
            <translation type="unfinished">সহায়তা শুরু (&amp;T):</translation>
        </message>
        <message>
            <source>Service signposted &amp;to:</source>
            <translation type="unfinished">যে সেবায় পাঠানো হয়েছে (&amp;T):</translation>
        </message>
        <message>
            <source>Reason for decl&amp;ining:</source>
            <translation type="unfinished">প্রত্যাখ্যানের কারণ (&amp;I):</translation>
        </message>
    </context>
</TS>
