<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>AppointmentService</name>
        <message>
            <source>The support period is no longer on record.</source>
            <translation type="unfinished">Okresu wsparcia nie ma już w bazie.</translation>
        </message>
        <message>
            <source>Enter when the appointment starts.</source>
            <translation type="unfinished">Podaj, kiedy zaczyna się wizyta.</translation>
        </message>
        <message>
            <source>An appointment lasts from 1 minute to 12 hours.</source>
            <translation type="unfinished">Wizyta trwa od 1 minuty do 12 godzin.</translation>
        </message>
        <message>
            <source>Choose the kind of appointment.</source>
            <translation type="unfinished">Wybierz rodzaj wizyty.</translation>
        </message>
        <message>
            <source>Choose what happened.</source>
            <translation type="unfinished">Wybierz, co się wydarzyło.</translation>
        </message>
        <message>
            <source>Choose who the appointment is with.</source>
            <translation type="unfinished">Wybierz, z kim jest umówiona wizyta.</translation>
        </message>
        <message>
            <source>This takes the week to %1 hours, over the contract's %2 hours a week: give the reason to go ahead.</source>
            <translation type="unfinished">To zwiększa liczbę godzin w tym tygodniu do %1, ponad limit umowy wynoszący %2 godz. tygodniowo: podaj powód, aby kontynuować.</translation>
        </message>
        <message>
            <source>The appointment is no longer on record.</source>
            <translation type="unfinished">Wizyty nie ma już w bazie.</translation>
        </message>
    </context>
    <context>
        <name>AutomaticBackups</name>
        <message>
            <source>The backup folder %1 cannot be made.</source>
            <translation type="unfinished">Nie można utworzyć folderu kopii zapasowych %1.</translation>
        </message>
        <message>
            <source>The backup's keys could not be copied beside it.</source>
            <translation type="unfinished">Nie udało się skopiować kluczy kopii zapasowej obok niej.</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsProcedure</name>
        <message>
            <source>Say whom to contact about a complaint, and how: a name or role, an address, a phone number.</source>
            <translation type="unfinished">Podaj, z kim i jak kontaktować się w sprawie skargi: imię i nazwisko lub funkcję, adres, numer telefonu.</translation>
        </message>
        <message>
            <source>Between 1 and %1 working days.</source>
            <translation type="unfinished">Od 1 do %1 dni roboczych.</translation>
        </message>
        <message>
            <source>The full reply cannot come before the acknowledgement.</source>
            <translation type="unfinished">Pełna odpowiedź nie może nastąpić przed potwierdzeniem otrzymania skargi.</translation>
        </message>
    </context>
    <context>
        <name>ConcernService</name>
        <message>
            <source>The complaint is no longer on record.</source>
            <translation type="unfinished">Skargi nie ma już w bazie.</translation>
        </message>
    </context>
    <context>
        <name>CsvSheetReader</name>
        <message>
            <source>%1: the encoding “%2” is not one this computer knows.</source>
            <translation type="unfinished">%1: kodowanie „%2” jest nieznane na tym komputerze.</translation>
        </message>
        <message>
            <source>%1 is not written in %2: choose the encoding it was saved in.</source>
            <translation type="unfinished">Plik %1 nie jest zapisany w kodowaniu %2: wybierz kodowanie, w którym go zapisano.</translation>
        </message>
        <message>
            <source>%1, row %2: a quote mark is out of place (a cell with a quote, a delimiter or a line break in it must be in quotes, its own quotes doubled).</source>
            <translation type="unfinished">%1, wiersz %2: cudzysłów w niewłaściwym miejscu (komórka zawierająca cudzysłów, separator lub podział wiersza musi być ujęta w cudzysłów, a jej własne cudzysłowy muszą być podwojone).</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation type="unfinished">Nie można odczytać %1: %2</translation>
        </message>
    </context>
    <context>
        <name>CsvTableWriter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished">Nie można zapisać %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DistanceReport</name>
        <message>
            <source>There is no contract with the code %1.</source>
            <translation type="unfinished">Nie ma umowy o kodzie %1.</translation>
        </message>
        <message>
            <source>The contract %1 has no star template, so no distance travelled.</source>
            <translation type="unfinished">Umowa %1 nie ma szablonu gwiazdy, więc nie ma dla niej przebytej drogi.</translation>
        </message>
        <message>
            <source>The contract's star template %1 is not in this database.</source>
            <translation type="unfinished">Szablonu gwiazdy %1 przypisanego do umowy nie ma w tej bazie danych.</translation>
        </message>
        <message>
            <source>The period starts after it ends.</source>
            <translation type="unfinished">Okres zaczyna się po swoim zakończeniu.</translation>
        </message>
    </context>
    <context>
        <name>DocumentLanguage</name>
        <message>
            <source>English</source>
            <translation type="unfinished">Angielski</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation type="unfinished">Polski</translation>
        </message>
        <message>
            <source>Bengali</source>
            <translation type="unfinished">Bengalski</translation>
        </message>
    </context>
    <context>
        <name>EncryptedDatabase</name>
        <message>
            <source>%1 already exists; nothing was changed.</source>
            <translation type="unfinished">%1 już istnieje; niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>There are keys at %1 but no database beside them: if the database was moved, move its keys with it. Nothing was changed.</source>
            <translation type="unfinished">W %1 są klucze, ale obok nich nie ma bazy danych: jeśli baza danych została przeniesiona, przenieś razem z nią jej klucze. Niczego nie zmieniono.</translation>
        </message>
    </context>
    <context>
        <name>FieldRefusal</name>
        <message>
            <source>Nothing was saved: correct the fields marked.</source>
            <translation type="unfinished">Niczego nie zapisano: popraw zaznaczone pola.</translation>
        </message>
    </context>
    <context>
        <name>FormChoices</name>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">Nie odnotowano</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation type="unfinished">Nie zapytano</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">Nie</translation>
        </message>
        <message>
            <source>%1, born %2</source>
            <translation type="unfinished">%1, ur. %2</translation>
        </message>
    </context>
    <context>
        <name>FormContent</name>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">Brak danych</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">Nie</translation>
        </message>
        <message>
            <source>Signed _________________________</source>
            <translation type="unfinished">Podpis _________________________</translation>
        </message>
        <message>
            <source>Date ___________</source>
            <translation type="unfinished">Data ___________</translation>
        </message>
        <message>
            <source>Support plan</source>
            <translation type="unfinished">Plan wsparcia</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">Imię i nazwisko</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">Data urodzenia</translation>
        </message>
        <message>
            <source>Key worker</source>
            <translation type="unfinished">Opiekun prowadzący</translation>
        </message>
        <message>
            <source>Support started</source>
            <translation type="unfinished">Początek wsparcia</translation>
        </message>
        <message>
            <source>Plan agreed</source>
            <translation type="unfinished">Uzgodnienie planu</translation>
        </message>
        <message>
            <source>Not yet agreed: a draft for discussion</source>
            <translation type="unfinished">Jeszcze nieuzgodniony: projekt do omówienia</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation type="unfinished">Następny przegląd</translation>
        </message>
        <message>
            <source>Needs arising from who I am</source>
            <translation type="unfinished">Potrzeby wynikające z tego, kim jestem</translation>
        </message>
        <message>
            <source>My goals</source>
            <translation type="unfinished">Moje cele</translation>
        </message>
        <message>
            <source>No goals are written in this plan yet.</source>
            <translation type="unfinished">W tym planie nie ma jeszcze zapisanych celów.</translation>
        </message>
        <message>
            <source>Star area: %1</source>
            <translation type="unfinished">Obszar Outcome Star: %1</translation>
        </message>
        <message>
            <source>Goal %1: %2</source>
            <translation type="unfinished">Cel %1: %2</translation>
        </message>
        <message>
            <source>How progress is measured</source>
            <translation type="unfinished">Jak mierzymy postępy</translation>
        </message>
        <message>
            <source>Who does what</source>
            <translation type="unfinished">Kto co robi</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation type="unfinished">Planowany termin</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">Wynik</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished">Zadania</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation type="unfinished">Przeglądy</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation type="unfinished">Data</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation type="unfinished">Kto uczestniczył</translation>
        </message>
        <message>
            <source>What the review found</source>
            <translation type="unfinished">Wnioski z przeglądu</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation type="unfinished">Zgoda</translation>
        </message>
        <message>
            <source>I have written this plan with my key worker and I agree with it. I have been given a copy.</source>
            <translation type="unfinished">Ten plan powstał wspólnie z moim opiekunem prowadzącym i zgadzam się z nim. Kopia planu została mi przekazana.</translation>
        </message>
        <message>
            <source>Key worker: %1</source>
            <translation type="unfinished">Opiekun prowadzący: %1</translation>
        </message>
        <message>
            <source>Risk assessment</source>
            <translation type="unfinished">Ocena ryzyka</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation type="unfinished">Data oceny</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation type="unfinished">Osoba oceniająca</translation>
        </message>
        <message>
            <source>No risk identified.</source>
            <translation type="unfinished">Nie stwierdzono ryzyka.</translation>
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished">Poziom</translation>
        </message>
        <message>
            <source>The risk</source>
            <translation type="unfinished">Ryzyko</translation>
        </message>
        <message>
            <source>How it is managed</source>
            <translation type="unfinished">Jak sobie z nim radzimy</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation type="unfinished">Podpis</translation>
        </message>
        <message>
            <source>The risks were discussed with the person, who has a copy of this assessment.</source>
            <translation type="unfinished">Ryzyko omówiono z osobą, której dotyczy ta ocena. Osoba ta otrzymała jej kopię.</translation>
        </message>
        <message>
            <source>Assessor: %1</source>
            <translation type="unfinished">Osoba oceniająca: %1</translation>
        </message>
        <message>
            <source>Team leader</source>
            <translation type="unfinished">Kierownik zespołu</translation>
        </message>
        <message>
            <source>Referral summary</source>
            <translation type="unfinished">Podsumowanie skierowania</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">Adres</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished">Telefon</translation>
        </message>
        <message>
            <source>The referral</source>
            <translation type="unfinished">Skierowanie</translation>
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished">Data otrzymania</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">Źródło</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation type="unfinished">Osoba kierująca</translation>
        </message>
        <message>
            <source>The person consents</source>
            <translation type="unfinished">Osoba wyraża zgodę</translation>
        </message>
        <message>
            <source>Lives in the area</source>
            <translation type="unfinished">Mieszka na tym terenie</translation>
        </message>
        <message>
            <source>Willing to engage</source>
            <translation type="unfinished">Chce korzystać ze wsparcia</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation type="unfinished">Pierwszy kontakt</translation>
        </message>
        <message>
            <source>Not yet made</source>
            <translation type="unfinished">Jeszcze nie nawiązano</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished">Decyzja</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation type="unfinished">Data decyzji</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">Powód</translation>
        </message>
        <message>
            <source>Health and communication</source>
            <translation type="unfinished">Zdrowie i komunikacja</translation>
        </message>
        <message>
            <source>NHS number</source>
            <translation type="unfinished">Numer NHS</translation>
        </message>
        <message>
            <source>Registered with a GP</source>
            <translation type="unfinished">Rejestracja u GP</translation>
        </message>
        <message>
            <source>Care Programme Approach</source>
            <translation type="unfinished">Skoordynowany program opieki (CPA)</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation type="unfinished">Miejsce zamieszkania</translation>
        </message>
        <message>
            <source>First language</source>
            <translation type="unfinished">Język ojczysty</translation>
        </message>
        <message>
            <source>Interpreter needed</source>
            <translation type="unfinished">Potrzebny tłumacz</translation>
        </message>
        <message>
            <source>In support since %1; key worker %2.</source>
            <translation type="unfinished">Wsparcie od %1; opiekun prowadzący: %2.</translation>
        </message>
        <message>
            <source>Outcome Star</source>
            <translation type="unfinished">Outcome Star</translation>
        </message>
        <message>
            <source>Star</source>
            <translation type="unfinished">Gwiazda</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation type="unfinished">Oceny</translation>
        </message>
        <message>
            <source>%1, from %2 to %3</source>
            <translation type="unfinished">%1, od %2 do %3</translation>
        </message>
        <message>
            <source>Distance travelled</source>
            <translation type="unfinished">Przebyta droga</translation>
        </message>
        <message>
            <source>not scored in both</source>
            <translation type="unfinished">brak wyników do porównania</translation>
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished">Obszar</translation>
        </message>
        <message>
            <source>First</source>
            <translation type="unfinished">Pierwsza</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation type="unfinished">Ostatnia</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">Zmiana</translation>
        </message>
        <message>
            <source>Total distance travelled: %1 points over the areas scored in both.</source>
            <translation type="unfinished">Łączna przebyta droga: %1 pkt w obszarach ocenionych w obu ocenach.</translation>
        </message>
        <message>
            <source>Scores by date</source>
            <translation type="unfinished">Wyniki według dat</translation>
        </message>
        <message>
            <source>What was said at the latest assessment (%1)</source>
            <translation type="unfinished">Co powiedziano podczas ostatniej oceny (%1)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished">Notatka</translation>
        </message>
        <message>
            <source>The whole team</source>
            <translation type="unfinished">Cały zespół</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished">od %1 do %2</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation type="unfinished">do %1</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">Umowa</translation>
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished">Okres</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation type="unfinished">Podopieczni</translation>
        </message>
        <message>
            <source>Support periods with two or more stars</source>
            <translation type="unfinished">Okresy wsparcia z co najmniej dwiema ocenami Outcome Star</translation>
        </message>
        <message>
            <source>Mean total change</source>
            <translation type="unfinished">Średnia zmiana łączna</translation>
        </message>
        <message>
            <source>By area</source>
            <translation type="unfinished">Według obszarów</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation type="unfinished">Okresy</translation>
        </message>
        <message>
            <source>Mean first</source>
            <translation type="unfinished">Średnia (pierwsza)</translation>
        </message>
        <message>
            <source>Mean latest</source>
            <translation type="unfinished">Średnia (ostatnia)</translation>
        </message>
        <message>
            <source>Mean change</source>
            <translation type="unfinished">Średnia zmiana</translation>
        </message>
        <message>
            <source>For each support period in the period with two or more assessments with the contract's star on or before its end: change = latest score minus first score, for each area scored in both. Means are of the exact values, rounded once to two decimals. Areas no period scored twice are left blank.</source>
            <translation type="unfinished">Dla każdego okresu wsparcia w wybranym okresie, w którym do końca okresu przeprowadzono co najmniej dwie oceny gwiazdą określoną w umowie: zmiana = ostatni wynik minus pierwszy wynik, dla każdego obszaru ocenionego w obu ocenach. Średnie liczone są z dokładnych wartości i zaokrąglane tylko raz, do dwóch miejsc po przecinku. Obszary, których w żadnym okresie nie oceniono dwukrotnie, pozostają puste.</translation>
        </message>
        <message>
            <source>Your appointment</source>
            <translation type="unfinished">Informacja o spotkaniu</translation>
        </message>
        <message>
            <source>1 hour %2 minutes</source>
            <translation type="unfinished">1 godz. %2 min</translation>
        </message>
        <message>
            <source>%1 hours %2 minutes</source>
            <translation type="unfinished">%1 godz. %2 min</translation>
        </message>
        <message>
            <source>an hour</source>
            <translation type="unfinished">1 godzina</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation type="unfinished">%1 godz.</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation type="unfinished">%1 min</translation>
        </message>
        <message>
            <source>Dear %1,</source>
            <translation type="unfinished">Dzień dobry, %1!</translation>
        </message>
        <message>
            <source>This is to confirm your next appointment with %1:</source>
            <translation type="unfinished">Potwierdzamy termin kolejnego spotkania (osoba prowadząca: %1):</translation>
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished">Dzień</translation>
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished">Godzina</translation>
        </message>
        <message>
            <source>How long</source>
            <translation type="unfinished">Czas trwania</translation>
        </message>
        <message>
            <source>Kind of appointment</source>
            <translation type="unfinished">Rodzaj spotkania</translation>
        </message>
        <message>
            <source>If you cannot come, or would like to change the time, please let %1 know as soon as you can so that we can arrange another.</source>
            <translation type="unfinished">Jeśli przyjście nie będzie możliwe albo potrzebna jest zmiana godziny, prosimy o jak najszybszy kontakt (osoba do kontaktu: %1), abyśmy mogli ustalić inny termin.</translation>
        </message>
        <message>
            <source>Yours sincerely,</source>
            <translation type="unfinished">Z poważaniem,</translation>
        </message>
        <message>
            <source>How to make a complaint</source>
            <translation type="unfinished">Jak złożyć skargę</translation>
        </message>
        <message>
            <source>the council</source>
            <translation type="unfinished">samorząd</translation>
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished">Dla</translation>
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished">Usługa</translation>
        </message>
        <message>
            <source>You have the right to complain about the support you get from %1. Making a complaint will not affect your support in any way.</source>
            <translation type="unfinished">Każdy, kto otrzymuje wsparcie od %1, ma prawo złożyć na nie skargę. Złożenie skargi w żaden sposób nie wpłynie na otrzymywane wsparcie.</translation>
        </message>
        <message>
            <source>Telling us</source>
            <translation type="unfinished">Jak nas poinformować</translation>
        </message>
        <message>
            <source>You can tell your key worker or any member of staff, in person, by phone, in writing or by email. Someone else can complain for you: a friend, a relative or an advocate.</source>
            <translation type="unfinished">Skargę można zgłosić opiekunowi prowadzącemu lub dowolnemu członkowi personelu: osobiście, telefonicznie, na piśmie lub e-mailem. Skargę może też złożyć ktoś inny w imieniu osoby korzystającej ze wsparcia: przyjaciel, krewny lub rzecznik interesów (advocate).</translation>
        </message>
        <message>
            <source>Or contact the person who deals with complaints:</source>
            <translation type="unfinished">Można też skontaktować się z osobą, która zajmuje się skargami:</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished">Skargi</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation type="unfinished">Co dalej</translation>
        </message>
        <message>
            <source>We will tell you that we have your complaint within %1 working days, and give you a full answer within %2 working days. If we need longer, we will tell you why and when you will hear from us.</source>
            <translation type="unfinished">W ciągu %1 dni roboczych potwierdzimy otrzymanie skargi, a w ciągu %2 dni roboczych udzielimy pełnej odpowiedzi. Jeśli będziemy potrzebować więcej czasu, wyjaśnimy dlaczego i poinformujemy, kiedy można spodziewać się odpowiedzi.</translation>
        </message>
        <message>
            <source>Going to the council</source>
            <translation type="unfinished">Skarga do samorządu</translation>
        </message>
        <message>
            <source>%1 pays for this service. You can complain to the council directly, at any time: you do not have to complain to us first. The council can look into a complaint at any stage.</source>
            <translation type="unfinished">Za tę usługę płaci %1. Skargę można złożyć bezpośrednio do samorządu w dowolnym momencie: nie trzeba najpierw składać jej do nas. Samorząd może zająć się skargą na każdym etapie.</translation>
        </message>
        <message>
            <source>Ask your key worker for the council's address and phone number.</source>
            <translation type="unfinished">Adres i numer telefonu samorządu można uzyskać od opiekuna prowadzącego.</translation>
        </message>
        <message>
            <source>If you are not happy with the council's answer, you can ask the Local Government and Social Care Ombudsman to look at your complaint. It is free.</source>
            <translation type="unfinished">W razie niezadowolenia z odpowiedzi samorządu można poprosić Local Government and Social Care Ombudsman (rzecznika praw obywatelskich ds. samorządu i opieki społecznej) o rozpatrzenie skargi. Jest to bezpłatne.</translation>
        </message>
        <message>
            <source>Help with a complaint</source>
            <translation type="unfinished">Pomoc w złożeniu skargi</translation>
        </message>
        <message>
            <source>This information is also printed in large print and in %1. If you need an interpreter, help to write your complaint, or this information in another way, ask your key worker.</source>
            <translation type="unfinished">Te informacje są dostępne również w wersji drukowanej dużym drukiem oraz w wersjach językowych: %1. Jeśli potrzebny jest tłumacz, pomoc w napisaniu skargi lub te informacje w innej formie, prosimy zwrócić się do opiekuna prowadzącego.</translation>
        </message>
        <message>
            <source>Given to you</source>
            <translation type="unfinished">Przekazano</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation type="unfinished">Dane liczbowe</translation>
        </message>
        <message>
            <source>Notes and definitions</source>
            <translation type="unfinished">Uwagi i definicje</translation>
        </message>
    </context>
    <context>
        <name>FormPrinter</name>
        <message>
            <source>Print preview: %1</source>
            <translation type="unfinished">Podgląd wydruku: %1</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished">&amp;Język:</translation>
        </message>
        <message>
            <source>Language of the form</source>
            <translation type="unfinished">Język formularza</translation>
        </message>
        <message>
            <source>Lar&amp;ge print</source>
            <translation type="unfinished">Duży &amp;druk</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation type="unfinished">Podgląd wydruku</translation>
        </message>
        <message>
            <source>Printed %1</source>
            <translation type="unfinished">Wydrukowano %1</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished">Strona %1 z %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished">Nie można zapisać pliku %1: %2</translation>
        </message>
        <message>
            <source>The PDF %1 could not be written.</source>
            <translation type="unfinished">Nie udało się zapisać pliku PDF %1.</translation>
        </message>
        <message>
            <source>Nothing to print</source>
            <translation type="unfinished">Brak danych do wydruku</translation>
        </message>
    </context>
    <context>
        <name>KpiDefinition</name>
        <message>
            <source>Floating support hard outcomes (Thurrock Appendix 1)</source>
            <translation type="unfinished">Mierzalne rezultaty wsparcia środowiskowego (Thurrock, załącznik 1)</translation>
        </message>
        <message>
            <source>Day services outputs and outcomes (Camden 6.4, 14.2, 14.3)</source>
            <translation type="unfinished">Produkty i rezultaty usług dziennych (Camden 6.4, 14.2, 14.3)</translation>
        </message>
    </context>
    <context>
        <name>NoteService</name>
        <message>
            <source>The note is empty: write what happened.</source>
            <translation type="unfinished">Notatka jest pusta: opisz, co się wydarzyło.</translation>
        </message>
        <message>
            <source>Choose who wrote the note.</source>
            <translation type="unfinished">Wybierz autora notatki.</translation>
        </message>
        <message>
            <source>A note belongs to a support period; this one is no longer on record.</source>
            <translation type="unfinished">Notatka należy do okresu wsparcia; tego okresu nie ma już w bazie.</translation>
        </message>
        <message>
            <source>The note is no longer on record.</source>
            <translation type="unfinished">Notatki nie ma już w bazie.</translation>
        </message>
        <message>
            <source>A note can only be changed on the day it was written (%1). Add a correction instead.</source>
            <translation type="unfinished">Notatkę można zmienić tylko w dniu jej napisania (%1). Zamiast tego dodaj korektę.</translation>
        </message>
    </context>
    <context>
        <name>PersonStar</name>
        <message>
            <source>The star template %1 is not in this database.</source>
            <translation type="unfinished">Szablonu gwiazdy %1 nie ma w tej bazie danych.</translation>
        </message>
    </context>
    <context>
        <name>PrintedForms</name>
        <message>
            <source>There is no service user with the id %1.</source>
            <translation type="unfinished">Nie ma osoby korzystającej z usług o identyfikatorze %1.</translation>
        </message>
        <message>
            <source>%1 has never been in support, so has no support plan.</source>
            <translation type="unfinished">Osoba %1 nigdy nie była objęta wsparciem, więc nie ma planu wsparcia.</translation>
        </message>
        <message>
            <source>No support plan is written for %1 yet.</source>
            <translation type="unfinished">Dla osoby %1 nie sporządzono jeszcze planu wsparcia.</translation>
        </message>
        <message>
            <source>No risk assessment is recorded for %1 yet.</source>
            <translation type="unfinished">Dla osoby %1 nie zapisano jeszcze oceny ryzyka.</translation>
        </message>
        <message>
            <source>No referral is recorded for %1.</source>
            <translation type="unfinished">Dla osoby %1 nie zapisano skierowania.</translation>
        </message>
        <message>
            <source>No Outcome Star is recorded for %1 yet.</source>
            <translation type="unfinished">Dla osoby %1 nie zapisano jeszcze oceny Outcome Star.</translation>
        </message>
        <message>
            <source>%1 has no appointment booked from now on to write a letter about.</source>
            <translation type="unfinished">Osoba %1 nie ma od teraz żadnego zaplanowanego spotkania, o którym można by napisać list.</translation>
        </message>
        <message>
            <source>The complaints procedure has no one to contact yet: an administrator sets it in Admin, Complaints procedure.</source>
            <translation type="unfinished">W procedurze składania skarg nie wskazano jeszcze osoby do kontaktu: administrator ustala ją w sekcji Administracja, Procedura składania skarg.</translation>
        </message>
        <message>
            <source>Unknown form.</source>
            <translation type="unfinished">Nieznany formularz.</translation>
        </message>
        <message>
            <source>The risk assessment is no longer on record.</source>
            <translation type="unfinished">Tej oceny ryzyka nie ma już w systemie.</translation>
        </message>
        <message>
            <source>The assessment's support period is no longer on record.</source>
            <translation type="unfinished">Okresu wsparcia, którego dotyczy ocena, nie ma już w systemie.</translation>
        </message>
        <message>
            <source>The appointment is no longer on record.</source>
            <translation type="unfinished">Tego spotkania nie ma już w systemie.</translation>
        </message>
        <message>
            <source>The appointment's support period is no longer on record.</source>
            <translation type="unfinished">Okresu wsparcia, którego dotyczy spotkanie, nie ma już w systemie.</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>No one with id "%1" is on record.</source>
            <translation type="unfinished">W bazie nie ma nikogo o identyfikatorze "%1".</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">Nie</translation>
        </message>
        <message>
            <source>The records we hold about you</source>
            <translation type="unfinished">Informacje, które przechowujemy na Twój temat</translation>
        </message>
        <message>
            <source>This is everything recorded about %1, as asked for under the UK GDPR (a subject access request). Where a record mentioned someone else who uses the service, their name is shown as %2.</source>
            <translation type="unfinished">Poniżej znajdują się wszystkie informacje zapisane o osobie %1, udostępnione na podstawie UK GDPR (wniosek o dostęp do danych osobowych). Jeśli w zapisie wspomniano inną osobę korzystającą z usług, jej imię i nazwisko pokazano jako %2.</translation>
        </message>
        <message>
            <source>Who has looked at your records</source>
            <translation type="unfinished">Kto przeglądał Twoje dane</translation>
        </message>
        <message>
            <source>Nobody has opened, printed or exported your records in Waymark.</source>
            <translation type="unfinished">Nikt nie otwierał, nie drukował ani nie eksportował Twoich danych w programie Waymark.</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">Kiedy</translation>
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished">Kto</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished">Co</translation>
        </message>
        <message>
            <source>Subject access request</source>
            <translation type="unfinished">Wniosek o dostęp do danych osobowych</translation>
        </message>
        <message>
            <source>The seed contracts are missing from this build.</source>
            <translation type="unfinished">W tej kompilacji brakuje umów startowych.</translation>
        </message>
        <message>
            <source>the seed contracts</source>
            <translation type="unfinished">umowy startowe</translation>
        </message>
        <message>
            <source>the demo caseload</source>
            <translation type="unfinished">demonstracyjna lista podopiecznych</translation>
        </message>
        <message>
            <source>Riverside Wellbeing Trust (demo)</source>
            <translation type="unfinished">Riverside Wellbeing Trust (demo)</translation>
        </message>
        <message>
            <source>No service user was named.</source>
            <translation type="unfinished">Nie wskazano podopiecznego.</translation>
        </message>
        <message>
            <source>There is no service user with the id %1.</source>
            <translation type="unfinished">Nie ma podopiecznego o identyfikatorze %1.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation type="unfinished">Nie można zapisać %1: %2</translation>
        </message>
        <message>
            <source>%1 could not be saved: %2</source>
            <translation type="unfinished">Nie udało się zapisać %1: %2</translation>
        </message>
        <message>
            <source>The calendar could not be written to %1: %2</source>
            <translation type="unfinished">Nie udało się zapisać kalendarza do %1: %2</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation type="unfinished">%1 nie istnieje.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation type="unfinished">Nie można odczytać %1: %2</translation>
        </message>
        <message>
            <source>%1 was not imported: %2 Nothing was changed.</source>
            <translation type="unfinished">Nie zaimportowano %1: %2 Niczego nie zmieniono.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n new record(s) stored together</source>
            <translation type="unfinished">
                <numerusform>%1: zapisano razem %n nowy rekord</numerusform>
                <numerusform>%1: zapisano razem %n nowe rekordy</numerusform>
                <numerusform>%1: zapisano razem %n nowych rekordów</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 was not imported: 1 problem was found. Nothing was changed.</source>
            <translation type="unfinished">Nie zaimportowano %1: znaleziono 1 problem. Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>%1 was not imported: %2 problems were found. Nothing was changed.</source>
            <translation type="unfinished">Nie zaimportowano %1: liczba znalezionych problemów: %2. Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished">tekst</translation>
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished">liczba</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation type="unfinished">prawda/fałsz</translation>
        </message>
        <message>
            <source>a list</source>
            <translation type="unfinished">lista</translation>
        </message>
        <message>
            <source>an object</source>
            <translation type="unfinished">obiekt</translation>
        </message>
        <message>
            <source>null</source>
            <translation type="unfinished">null</translation>
        </message>
        <message>
            <source>is required and must be "waymark"</source>
            <translation type="unfinished">jest wymagane i musi mieć wartość "waymark"</translation>
        </message>
        <message>
            <source>must be "waymark"</source>
            <translation type="unfinished">musi mieć wartość "waymark"</translation>
        </message>
        <message>
            <source>is required and must be %1</source>
            <translation type="unfinished">jest wymagane i musi mieć wartość %1</translation>
        </message>
        <message>
            <source>must be %1 (this version of Waymark reads format version %1)</source>
            <translation type="unfinished">musi mieć wartość %1 (ta wersja programu Waymark odczytuje format w wersji %1)</translation>
        </message>
        <message>
            <source>must be a UTC date-time like 2026-07-01T09:00:00Z</source>
            <translation type="unfinished">musi być datą i godziną UTC, np. 2026-07-01T09:00:00Z</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation type="unfinished">nieznany klucz</translation>
        </message>
        <message>
            <source>is required</source>
            <translation type="unfinished">jest wymagane</translation>
        </message>
        <message>
            <source>must be %1, not %2</source>
            <translation type="unfinished">musi to być %1, a nie %2</translation>
        </message>
        <message>
            <source>must be %1 to %2</source>
            <translation type="unfinished">musi mieścić się w zakresie od %1 do %2</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation type="unfinished">nie może być puste</translation>
        </message>
        <message>
            <source>must be a date like 2026-07-01</source>
            <translation type="unfinished">musi być datą, np. 2026-07-01</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation type="unfinished">musi być liczbą całkowitą</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation type="unfinished">liczba całkowita</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished">prawda lub fałsz</translation>
        </message>
        <message>
            <source>a code</source>
            <translation type="unfinished">kod</translation>
        </message>
        <message>
            <source>%1 is not a code of %2 (%3)</source>
            <translation type="unfinished">%1 nie jest kodem z listy %2 (%3)</translation>
        </message>
        <message>
            <source>an object of area keys</source>
            <translation type="unfinished">obiekt z kluczami obszarów</translation>
        </message>
        <message>
            <source>must be a list of areas</source>
            <translation type="unfinished">musi być listą obszarów</translation>
        </message>
        <message>
            <source>must have at least one area</source>
            <translation type="unfinished">musi zawierać co najmniej jeden obszar</translation>
        </message>
        <message>
            <source>must be an object with key, name and description</source>
            <translation type="unfinished">musi być obiektem z polami key, name i description</translation>
        </message>
        <message>
            <source>%1 is also the key of %2[%3]</source>
            <translation type="unfinished">%1 jest też kluczem elementu %2[%3]</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation type="unfinished">musi być tekstem</translation>
        </message>
        <message>
            <source>must be a list of stages</source>
            <translation type="unfinished">musi być listą etapów</translation>
        </message>
        <message>
            <source>must be an object with from, to and name</source>
            <translation type="unfinished">musi być obiektem z polami from, to i name</translation>
        </message>
        <message>
            <source>must be %1 to %2 (the template's scale)</source>
            <translation type="unfinished">musi mieścić się w zakresie od %1 do %2 (skala szablonu)</translation>
        </message>
        <message>
            <source>must not be below from</source>
            <translation type="unfinished">nie może być mniejsze niż from</translation>
        </message>
        <message>
            <source>must be an object with the keys %1</source>
            <translation type="unfinished">musi być obiektem z kluczami %1</translation>
        </message>
        <message>
            <source>unknown key (the needs are %1)</source>
            <translation type="unfinished">nieznany klucz (dozwolone potrzeby: %1)</translation>
        </message>
        <message>
            <source>must be text (a description, or "none identified")</source>
            <translation type="unfinished">musi być tekstem (opisem lub "none identified")</translation>
        </message>
        <message>
            <source>must be a list of tasks</source>
            <translation type="unfinished">musi być listą zadań</translation>
        </message>
        <message>
            <source>must be a task's text</source>
            <translation type="unfinished">musi być treścią zadania</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation type="unfinished">musi być listą</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation type="unfinished">musi być obiektem</translation>
        </message>
        <message>
            <source>%1 is already given at %2[%3]</source>
            <translation type="unfinished">%1 podano już w %2[%3]</translation>
        </message>
        <message>
            <source>%1 is also the id of %2[%3]</source>
            <translation type="unfinished">%1 jest też identyfikatorem elementu %2[%3]</translation>
        </message>
        <message>
            <source>must not be before %1</source>
            <translation type="unfinished">nie może być wcześniejsze niż %1</translation>
        </message>
        <message>
            <source>must be above scale_min</source>
            <translation type="unfinished">musi być większe niż scale_min</translation>
        </message>
        <message>
            <source>%1 is also used by %2[%3]</source>
            <translation type="unfinished">%1 jest też używane przez %2[%3]</translation>
        </message>
        <message>
            <source>%1 is already used by the record with id %2 in the database</source>
            <translation type="unfinished">%1 jest już używane przez rekord o identyfikatorze %2 w bazie danych</translation>
        </message>
        <message>
            <source>could not be read again as it was first read: the file changed or could not be read while it was imported</source>
            <translation type="unfinished">nie udało się odczytać ponownie w tej samej postaci co za pierwszym razem: plik zmienił się lub nie dał się odczytać podczas importu</translation>
        </message>
        <message>
            <source>no %1 record has the id %2</source>
            <translation type="unfinished">żaden rekord %1 nie ma identyfikatora %2</translation>
        </message>
        <message>
            <source>is not an area of the star template %1</source>
            <translation type="unfinished">nie jest obszarem szablonu gwiazdy %1</translation>
        </message>
        <message>
            <source>must be a whole number from %1 to %2</source>
            <translation type="unfinished">musi być liczbą całkowitą od %1 do %2</translation>
        </message>
        <message>
            <source>%1 could not be read to its end. Nothing was imported.</source>
            <translation type="unfinished">Nie udało się odczytać pliku %1 do końca. Niczego nie zaimportowano.</translation>
        </message>
        <message>
            <source>values are nested more than %1 deep</source>
            <translation type="unfinished">wartości są zagnieżdżone na więcej niż %1 poziomów</translation>
        </message>
        <message>
            <source>a number too large to read</source>
            <translation type="unfinished">liczba zbyt duża, by ją odczytać</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at line %3, column %4. Nothing was imported.</source>
            <translation type="unfinished">%1 nie jest poprawnym plikiem JSON: %2 w wierszu %3, kolumna %4. Niczego nie zaimportowano.</translation>
        </message>
        <message>
            <source>%1 is not a Waymark interchange file: it must hold one JSON object. Nothing was imported.</source>
            <translation type="unfinished">%1 nie jest plikiem wymiany danych programu Waymark: musi zawierać jeden obiekt JSON. Niczego nie zaimportowano.</translation>
        </message>
        <message>
            <source>Your role does not allow %1. Ask a team leader or the administrator.</source>
            <translation type="unfinished">Twoja rola nie pozwala na %1. Poproś kierownika zespołu lub administratora.</translation>
        </message>
        <message>
            <source>[name removed]</source>
            <translation type="unfinished">[usunięto imię i nazwisko]</translation>
        </message>
        <message>
            <source>The account "%1" belongs to someone no longer on the staff list. Ask the administrator to open it again.</source>
            <translation type="unfinished">Konto "%1" należy do osoby, której nie ma już na liście personelu. Poproś administratora, aby ponownie je otworzył.</translation>
        </message>
        <message>
            <source>The team server signed you in as "%1", but that sign-in is not given to anyone on Waymark's staff list, so Waymark does not open for it. Ask your Waymark administrator to give it to you (Admin, Staff, Give a sign-in).</source>
            <translation type="unfinished">Serwer zespołu zalogował Cię jako "%1", ale ten login nie jest przypisany nikomu z listy personelu programu Waymark, dlatego Waymark się dla niego nie otwiera. Poproś administratora programu Waymark, aby Ci go przypisał (Administracja, Personel, Nadaj login).</translation>
        </message>
        <message>
            <source>This person is not on your caseload, so their record does not open for you. Their key worker or a team leader can see it.</source>
            <translation type="unfinished">Ta osoba nie jest na Twojej liście podopiecznych, więc jej kartoteka się dla Ciebie nie otwiera. Może ją zobaczyć jej opiekun prowadzący lub kierownik zespołu.</translation>
        </message>
        <message>
            <source>seeing the sign-in accounts</source>
            <translation type="unfinished">przeglądanie kont logowania</translation>
        </message>
        <message>
            <source>giving someone a sign-in</source>
            <translation type="unfinished">nadawanie komuś loginu</translation>
        </message>
        <message>
            <source>On a team server the password is the server's own: its administrator sets it (ALTER ROLE ... PASSWORD), and Waymark never sees it.</source>
            <translation type="unfinished">Na serwerze zespołu obowiązuje hasło samego serwera: ustawia je jego administrator (ALTER ROLE ... PASSWORD), a Waymark nigdy go nie widzi.</translation>
        </message>
        <message>
            <source>This database is not encrypted, so nobody signs in to it: a demo database is open to whoever has the file.</source>
            <translation type="unfinished">Ta baza danych nie jest zaszyfrowana, więc nikt się do niej nie loguje: demonstracyjna baza danych jest dostępna dla każdego, kto ma plik.</translation>
        </message>
        <message>
            <source>"%1" is already someone else's sign-in: choose another name.</source>
            <translation type="unfinished">"%1" jest już loginem innej osoby: wybierz inną nazwę.</translation>
        </message>
        <message>
            <source>removing a sign-in</source>
            <translation type="unfinished">usuwanie loginu</translation>
        </message>
        <message>
            <source>Type the name of the sign-in the team server's administrator made for them.</source>
            <translation type="unfinished">Wpisz nazwę loginu, który utworzył dla tej osoby administrator serwera zespołu.</translation>
        </message>
        <message>
            <source>The team server has no sign-in "%1". Its administrator makes it first (for example createuser --pwprompt %1), then it can be given here.</source>
            <translation type="unfinished">Serwer zespołu nie ma loginu "%1". Najpierw musi go utworzyć jego administrator (na przykład createuser --pwprompt %1), potem można go tu nadać.</translation>
        </message>
        <message>
            <source>Give the sign-in to a member of staff (their record says what they see), or as an administrator's.</source>
            <translation type="unfinished">Nadaj login członkowi personelu (jego wpis na liście personelu określa, co widzi) lub jako login administratora.</translation>
        </message>
        <message>
            <source>There is no member of staff with id "%1".</source>
            <translation type="unfinished">Nie ma członka personelu o identyfikatorze "%1".</translation>
        </message>
        <message>
            <source>There is no account "%1".</source>
            <translation type="unfinished">Nie ma konta "%1".</translation>
        </message>
        <message>
            <source>"%1" is the only administrator: give someone else an administrator's account first.</source>
            <translation type="unfinished">"%1" to jedyny administrator: najpierw nadaj komuś innemu konto administratora.</translation>
        </message>
        <message>
            <source>changing the complaints procedure</source>
            <translation type="unfinished">zmienianie procedury składania skarg</translation>
        </message>
        <message>
            <source>Waymark has no list called %1.</source>
            <translation type="unfinished">Waymark nie ma listy o nazwie %1.</translation>
        </message>
        <message>
            <source>%1 records are written with their rows, not here.</source>
            <translation type="unfinished">Rekordy typu %1 zapisuje się razem z ich wierszami, nie tutaj.</translation>
        </message>
        <message>
            <source>deciding a referral (a team leader allocates the key worker)</source>
            <translation type="unfinished">rozpatrywanie skierowania (opiekuna prowadzącego przydziela kierownik zespołu)</translation>
        </message>
        <message>
            <source>setting how long records are kept</source>
            <translation type="unfinished">ustawianie okresu przechowywania danych</translation>
        </message>
        <message>
            <source>Records are kept for %1 to %2 years.</source>
            <translation type="unfinished">Dane przechowuje się od %1 do %2 lat.</translation>
        </message>
        <message>
            <source>the retention review</source>
            <translation type="unfinished">przegląd okresu przechowywania danych</translation>
        </message>
        <message>
            <source>anonymising a record</source>
            <translation type="unfinished">anonimizowanie rekordu</translation>
        </message>
        <message numerus="yes">
            <source>This person is not due for review: their support is current, or ended less than %n year(s) ago, or they are already anonymised.</source>
            <translation type="unfinished">
                <numerusform>Ta osoba nie podlega jeszcze przeglądowi: jej wsparcie trwa, zakończyło się mniej niż %n rok temu lub jej dane są już zanonimizowane.</numerusform>
                <numerusform>Ta osoba nie podlega jeszcze przeglądowi: jej wsparcie trwa, zakończyło się mniej niż %n lata temu lub jej dane są już zanonimizowane.</numerusform>
                <numerusform>Ta osoba nie podlega jeszcze przeglądowi: jej wsparcie trwa, zakończyło się mniej niż %n lat temu lub jej dane są już zanonimizowane.</numerusform>
            </translation>
        </message>
        <message>
            <source>changing the staff list</source>
            <translation type="unfinished">zmienianie listy personelu</translation>
        </message>
        <message>
            <source>Give the name colleagues know them by.</source>
            <translation type="unfinished">Podaj imię i nazwisko, pod którym znają tę osobę współpracownicy.</translation>
        </message>
        <message>
            <source>A name can be at most 200 characters.</source>
            <translation type="unfinished">Imię i nazwisko może mieć najwyżej 200 znaków.</translation>
        </message>
        <message>
            <source>Choose a role: key worker, team leader or administrator.</source>
            <translation type="unfinished">Wybierz rolę: opiekun prowadzący, kierownik zespołu lub administrator.</translation>
        </message>
        <message>
            <source>%1 is a team server itself; sync a laptop's database with it.</source>
            <translation type="unfinished">%1 sam jest serwerem zespołu; synchronizuje się z nim bazę danych laptopa.</translation>
        </message>
        <message>
            <source>%1 is not a team server: give its address, postgresql://USER@HOST/DATABASE.</source>
            <translation type="unfinished">%1 nie jest serwerem zespołu: podaj jego adres, postgresql://USER@HOST/DATABASE.</translation>
        </message>
        <message>
            <source>The team server has schema %1 and this laptop %2: both must run the same version of Waymark. Nothing was changed.</source>
            <translation type="unfinished">Serwer zespołu ma schemat %1, a ten laptop %2: na obu musi działać ta sama wersja programu Waymark. Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>Nothing was synced; this laptop's records are as they were. %1</source>
            <translation type="unfinished">Niczego nie zsynchronizowano; dane na tym laptopie pozostały bez zmian. %1</translation>
        </message>
        <message>
            <source>The sync did not finish; what it had done is kept, and the next sync carries on. %1</source>
            <translation type="unfinished">Synchronizacja nie została ukończona; to, co zdążyła wykonać, zostaje zachowane, a następna synchronizacja będzie kontynuowana. %1</translation>
        </message>
        <message>
            <source>This laptop syncs with %1, not %2. Nothing was changed.</source>
            <translation type="unfinished">Ten laptop synchronizuje się z %1, a nie z %2. Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>Joining the team server failed</source>
            <translation type="unfinished">Nie udało się dołączyć do serwera zespołu</translation>
        </message>
        <message>
            <source>Preparing the changes to send failed</source>
            <translation type="unfinished">Nie udało się przygotować zmian do wysłania</translation>
        </message>
        <message>
            <source>Sending changes</source>
            <translation type="unfinished">Wysyłanie zmian</translation>
        </message>
        <message>
            <source>Sync stopped; %1 of %2 changes were sent, the rest wait for the next sync.</source>
            <translation type="unfinished">Synchronizacja zatrzymana; wysłano %1 z %2 zmian, pozostałe czekają na następną synchronizację.</translation>
        </message>
        <message>
            <source>Sending changes to the team server failed</source>
            <translation type="unfinished">Nie udało się wysłać zmian na serwer zespołu</translation>
        </message>
        <message>
            <source>The laptop sent a change to %1, which Waymark does not sync.</source>
            <translation type="unfinished">Laptop wysłał zmianę w %1, czego Waymark nie synchronizuje.</translation>
        </message>
        <message>
            <source>Sync stopped (as asked) after the server took %1 batches.</source>
            <translation type="unfinished">Synchronizacja zatrzymana (zgodnie z poleceniem) po przyjęciu przez serwer %1 partii.</translation>
        </message>
        <message>
            <source>Saving the team server's answer failed</source>
            <translation type="unfinished">Nie udało się zapisać odpowiedzi serwera zespołu</translation>
        </message>
        <message>
            <source>Reading the team server failed</source>
            <translation type="unfinished">Nie udało się odczytać danych z serwera zespołu</translation>
        </message>
        <message>
            <source>Saving the changes from the team server failed</source>
            <translation type="unfinished">Nie udało się zapisać zmian z serwera zespołu</translation>
        </message>
        <message>
            <source>Receiving changes</source>
            <translation type="unfinished">Odbieranie zmian</translation>
        </message>
        <message>
            <source>Sync stopped; nothing was received this time (what was sent stays sent).</source>
            <translation type="unfinished">Synchronizacja zatrzymana; tym razem niczego nie odebrano (to, co wysłano, pozostaje wysłane).</translation>
        </message>
        <message>
            <source>That conflict has been settled already.</source>
            <translation type="unfinished">Ten konflikt został już rozstrzygnięty.</translation>
        </message>
        <message>
            <source>Recording in the audit trail failed</source>
            <translation type="unfinished">Nie udało się zapisać wpisu w dzienniku audytu</translation>
        </message>
        <message>
            <source>The audit trail could not be anonymised</source>
            <translation type="unfinished">Nie udało się zanonimizować dziennika audytu</translation>
        </message>
        <message>
            <source>The audit trail could not be upgraded</source>
            <translation type="unfinished">Nie udało się zaktualizować dziennika audytu</translation>
        </message>
        <message>
            <source>The audit trail could not be read</source>
            <translation type="unfinished">Nie udało się odczytać dziennika audytu</translation>
        </message>
        <message>
            <source>audit trail entry %1 is missing: the entries go from %2 to %3</source>
            <translation type="unfinished">brak wpisu %1 w dzienniku audytu: wpisy mają numery od %2 do %3</translation>
        </message>
        <message>
            <source>audit trail entry %1 (%2 by %3) was changed after it was written</source>
            <translation type="unfinished">wpis %1 w dzienniku audytu (%2, użytkownik: %3) został zmieniony po zapisaniu</translation>
        </message>
        <message>
            <source>audit trail entry %1 (%2 by %3) lost its values, but its person was never anonymised</source>
            <translation type="unfinished">wpis %1 w dzienniku audytu (%2, użytkownik: %3) utracił swoje wartości, choć osoby, której dotyczy, nigdy nie zanonimizowano</translation>
        </message>
        <message>
            <source>Saving to %1 failed</source>
            <translation type="unfinished">Nie udało się zapisać do %1</translation>
        </message>
        <message>
            <source>Reading the team server's tables failed</source>
            <translation type="unfinished">Nie udało się odczytać tabel serwera zespołu</translation>
        </message>
        <message>
            <source>Storing many records at once needs a database file.</source>
            <translation type="unfinished">Zapisanie wielu rekordów naraz wymaga pliku bazy danych.</translation>
        </message>
        <message>
            <source>Making the index %1 again failed</source>
            <translation type="unfinished">Nie udało się ponownie utworzyć indeksu %1</translation>
        </message>
        <message>
            <source>Saving to the History failed</source>
            <translation type="unfinished">Nie udało się zapisać w Historii</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation type="unfinished">Nie udało się odczytać %1: %2</translation>
        </message>
        <message>
            <source>A second connection to a team server is not kept.</source>
            <translation type="unfinished">Drugie połączenie z serwerem zespołu nie jest utrzymywane.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a Waymark database.</source>
            <translation type="unfinished">%1 jest folderem, a nie bazą danych programu Waymark.</translation>
        </message>
        <message>
            <source>%1 cannot be read (check its permissions).</source>
            <translation type="unfinished">Nie można odczytać %1 (sprawdź uprawnienia).</translation>
        </message>
        <message>
            <source>There is no Waymark database at %1. Create one with "waymark-cli --db %1 init".</source>
            <translation type="unfinished">W %1 nie ma bazy danych programu Waymark. Utwórz ją poleceniem "waymark-cli --db %1 init".</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation type="unfinished">Folder %1 nie istnieje.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written to.</source>
            <translation type="unfinished">Nie można zapisywać w folderze %1.</translation>
        </message>
        <message>
            <source>%1 is not a Waymark database, or it is encrypted and needs a passphrase; it was left untouched.</source>
            <translation type="unfinished">Plik %1 nie jest bazą danych programu Waymark albo jest zaszyfrowany i wymaga hasła; pozostawiono go bez zmian.</translation>
        </message>
        <message>
            <source>%1 is not encrypted, though it has keys beside it: it may have been replaced. It was left untouched.</source>
            <translation type="unfinished">Plik %1 nie jest zaszyfrowany, choć obok niego są klucze: mógł zostać podmieniony. Pozostawiono go bez zmian.</translation>
        </message>
        <message>
            <source>The key does not open %1, or it is not a Waymark database; it was left untouched.</source>
            <translation type="unfinished">Klucz nie otwiera pliku %1 albo nie jest to baza danych programu Waymark; pozostawiono go bez zmian.</translation>
        </message>
        <message>
            <source>%1 is not a Waymark database; it was left untouched.</source>
            <translation type="unfinished">Plik %1 nie jest bazą danych programu Waymark; pozostawiono go bez zmian.</translation>
        </message>
        <message>
            <source>%1 is an empty database, not yet a Waymark one. Create one with "waymark-cli --db %1 init".</source>
            <translation type="unfinished">%1 to pusta baza danych, która nie jest jeszcze bazą programu Waymark. Utwórz ją poleceniem "waymark-cli --db %1 init".</translation>
        </message>
        <message>
            <source>%1 was made by a newer version of Waymark (schema %2; this version reads up to %3). Update Waymark to open it; the file was left untouched.</source>
            <translation type="unfinished">Plik %1 został utworzony przez nowszą wersję programu Waymark (schemat %2; ta wersja odczytuje schematy do %3). Zaktualizuj program Waymark, aby go otworzyć; plik pozostawiono bez zmian.</translation>
        </message>
        <message>
            <source>%1 is read-only; Waymark needs to be able to save to it.</source>
            <translation type="unfinished">Plik %1 jest tylko do odczytu; Waymark musi mieć możliwość zapisywania w nim.</translation>
        </message>
        <message>
            <source>%1 could not be opened</source>
            <translation type="unfinished">Nie udało się otworzyć %1</translation>
        </message>
        <message>
            <source>%1 is no longer there, or cannot be read.</source>
            <translation type="unfinished">Pliku %1 już nie ma albo nie można go odczytać.</translation>
        </message>
        <message>
            <source>This computer cannot reach a team server: Qt's PostgreSQL driver is not installed (Debian's package libqt6sql6-psql).</source>
            <translation type="unfinished">Ten komputer nie może połączyć się z serwerem zespołu: nie zainstalowano sterownika PostgreSQL dla Qt (pakiet Debiana libqt6sql6-psql).</translation>
        </message>
        <message>
            <source>The team server could not be opened</source>
            <translation type="unfinished">Nie udało się otworzyć serwera zespołu</translation>
        </message>
        <message>
            <source>The team server could not be read</source>
            <translation type="unfinished">Nie udało się odczytać danych z serwera zespołu</translation>
        </message>
        <message>
            <source>The database %1 on the team server is empty, not yet a Waymark one. Create one with "waymark-cli --db %1 init".</source>
            <translation type="unfinished">Baza danych %1 na serwerze zespołu jest pusta i nie jest jeszcze bazą programu Waymark. Utwórz ją poleceniem "waymark-cli --db %1 init".</translation>
        </message>
        <message>
            <source>The team server signed you in as "%1", but that sign-in may not read Waymark's records: it is not given to anyone on Waymark's staff list, or was taken back. Ask your Waymark administrator to give it to you (Admin, Staff, Give a sign-in).</source>
            <translation type="unfinished">Serwer zespołu zalogował Cię jako "%1", ale ten login nie może odczytywać danych programu Waymark: nie jest przypisany nikomu z listy personelu programu Waymark albo został odebrany. Poproś administratora programu Waymark, aby Ci go przypisał (Administracja, Personel, Nadaj login).</translation>
        </message>
        <message>
            <source>The database %1 on the team server is not a Waymark database; it was left untouched.</source>
            <translation type="unfinished">Baza danych %1 na serwerze zespołu nie jest bazą danych programu Waymark; pozostawiono ją bez zmian.</translation>
        </message>
        <message>
            <source>The team server's database %1 is from an older Waymark (schema %2; this version has %3). Its administrator brings it up to date first, by opening it once signed in as the owner of its tables (waymark-cli --db ADDRESS check, for example); nothing was changed.</source>
            <translation type="unfinished">Baza danych %1 na serwerze zespołu pochodzi ze starszej wersji programu Waymark (schemat %2; ta wersja ma %3). Najpierw musi ją zaktualizować jej administrator, otwierając ją po zalogowaniu jako właściciel jej tabel (na przykład waymark-cli --db ADDRESS check); niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>The team server's database %1 was made by a newer version of Waymark (schema %2; this version reads up to %3). Update Waymark to use it; nothing was changed.</source>
            <translation type="unfinished">Baza danych %1 na serwerze zespołu została utworzona przez nowszą wersję programu Waymark (schemat %2; ta wersja odczytuje schematy do %3). Zaktualizuj program Waymark, aby z niej korzystać; niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>The schema version could not be read</source>
            <translation type="unfinished">Nie udało się odczytać wersji schematu</translation>
        </message>
        <message>
            <source>%1 is for a database in a file. The team server %2 is backed up and checked on the server itself (pg_dump, and PostgreSQL's own checks).</source>
            <translation type="unfinished">%1 dotyczy bazy danych w pliku. Kopie zapasowe i kontrole serwera zespołu %2 wykonuje się na samym serwerze (pg_dump i mechanizmy kontrolne PostgreSQL).</translation>
        </message>
        <message>
            <source>%1: the team server %2 cannot be reached (it may be down, or this computer offline). Nothing was changed.</source>
            <translation type="unfinished">%1: nie można połączyć się z serwerem zespołu %2 (może być wyłączony albo ten komputer jest offline). Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>%1: the team server %2 refused the sign-in (the name, password or database is not right). Nothing was changed.</source>
            <translation type="unfinished">%1: serwer zespołu %2 odmówił logowania (nieprawidłowa nazwa, hasło lub baza danych). Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>%1: the database %2 is in use by another program. Try again when it has finished.</source>
            <translation type="unfinished">%1: baza danych %2 jest używana przez inny program. Spróbuj ponownie, gdy skończy pracę.</translation>
        </message>
        <message>
            <source>%1: the database %2 is read-only.</source>
            <translation type="unfinished">%1: baza danych %2 jest tylko do odczytu.</translation>
        </message>
        <message>
            <source>%1: the disk holding %2 is full.</source>
            <translation type="unfinished">%1: dysk, na którym znajduje się %2, jest pełny.</translation>
        </message>
        <message>
            <source>%1: the disk holding %2 refused the write (full, over a quota or failing). Nothing was saved; free some space or check the disk, then try again.</source>
            <translation type="unfinished">%1: dysk, na którym znajduje się %2, odmówił zapisu (jest pełny, przekroczono limit lub dysk ulega awarii). Niczego nie zapisano; zwolnij trochę miejsca lub sprawdź dysk, a następnie spróbuj ponownie.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished">%1: %2</translation>
        </message>
        <message>
            <source>The database was not upgraded because a backup could not be taken first: %1</source>
            <translation type="unfinished">Nie zaktualizowano bazy danych, ponieważ najpierw nie udało się wykonać kopii zapasowej: %1</translation>
        </message>
        <message>
            <source>Migration %1 is missing from this build.</source>
            <translation type="unfinished">W tej kompilacji brakuje migracji %1.</translation>
        </message>
        <message>
            <source>Upgrading the database to schema %1 failed</source>
            <translation type="unfinished">Nie udało się zaktualizować bazy danych do schematu %1</translation>
        </message>
        <message>
            <source>Upgrading the database failed</source>
            <translation type="unfinished">Nie udało się zaktualizować bazy danych</translation>
        </message>
        <message>
            <source>The check could not run</source>
            <translation type="unfinished">Nie udało się przeprowadzić kontroli</translation>
        </message>
        <message>
            <source>%1 row %2 refers to a missing %3 record</source>
            <translation type="unfinished">Wiersz %2 w %1 odwołuje się do brakującego rekordu %3</translation>
        </message>
        <message>
            <source>Could not start saving</source>
            <translation type="unfinished">Nie udało się rozpocząć zapisywania</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation type="unfinished">Nie udało się zapisać</translation>
        </message>
        <message>
            <source>A backup</source>
            <translation type="unfinished">Kopia zapasowa</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new name for the backup.</source>
            <translation type="unfinished">%1 już istnieje; wybierz nową nazwę kopii zapasowej.</translation>
        </message>
        <message>
            <source>this database driver cannot take backups</source>
            <translation type="unfinished">ten sterownik bazy danych nie umożliwia wykonywania kopii zapasowych</translation>
        </message>
        <message>
            <source>%1 could not be created: %2</source>
            <translation type="unfinished">Nie udało się utworzyć %1: %2</translation>
        </message>
        <message>
            <source>%1 could not be encrypted</source>
            <translation type="unfinished">Nie udało się zaszyfrować %1</translation>
        </message>
        <message>
            <source>the backup to %1 failed: %2</source>
            <translation type="unfinished">nie udało się wykonać kopii zapasowej do %1: %2</translation>
        </message>
        <message>
            <source>Encrypting</source>
            <translation type="unfinished">Szyfrowanie</translation>
        </message>
        <message>
            <source>%1 is already encrypted.</source>
            <translation type="unfinished">Plik %1 jest już zaszyfrowany.</translation>
        </message>
        <message>
            <source>%1 already exists; nothing was changed.</source>
            <translation type="unfinished">%1 już istnieje; niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>The encrypted copy could not be started</source>
            <translation type="unfinished">Nie udało się rozpocząć tworzenia zaszyfrowanej kopii</translation>
        </message>
        <message>
            <source>The encrypted copy failed</source>
            <translation type="unfinished">Nie udało się utworzyć zaszyfrowanej kopii</translation>
        </message>
        <message>
            <source>A restore</source>
            <translation type="unfinished">Przywracanie kopii</translation>
        </message>
        <message>
            <source>%1 is in use by another program; close it and try again. Nothing was changed.</source>
            <translation type="unfinished">Plik %1 jest używany przez inny program; zamknij ten program i spróbuj ponownie. Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>Checking a copy</source>
            <translation type="unfinished">Sprawdzanie kopii</translation>
        </message>
        <message>
            <source>the backup %1 did not check out: %2</source>
            <translation type="unfinished">kopia zapasowa %1 nie przeszła kontroli: %2</translation>
        </message>
        <message>
            <source>Waymark does not keep deleted records of %1.</source>
            <translation type="unfinished">Waymark nie przechowuje usuniętych rekordów typu %1.</translation>
        </message>
        <message>
            <source>Saving a setting failed</source>
            <translation type="unfinished">Nie udało się zapisać ustawienia</translation>
        </message>
        <message>
            <source>Saving %1 record %2 from the team server</source>
            <translation type="unfinished">Zapisywanie rekordu %1 %2 z serwera zespołu</translation>
        </message>
        <message>
            <source>Recording the change to %1 %2</source>
            <translation type="unfinished">Zapisywanie zmiany w %1 %2</translation>
        </message>
        <message>
            <source>Saving %1 record %2</source>
            <translation type="unfinished">Zapisywanie rekordu %1 %2</translation>
        </message>
        <message>
            <source>Saving %1 of %2</source>
            <translation type="unfinished">Zapisywanie %1 z %2</translation>
        </message>
        <message>
            <source>Deleting %1 record %2</source>
            <translation type="unfinished">Usuwanie rekordu %1 %2</translation>
        </message>
        <message>
            <source>Restoring %1 record %2</source>
            <translation type="unfinished">Przywracanie rekordu %1 %2</translation>
        </message>
        <message>
            <source>There is no %1 record %2 to delete.</source>
            <translation type="unfinished">Nie ma rekordu %1 %2 do usunięcia.</translation>
        </message>
        <message>
            <source>There is no %1 record %2 to restore.</source>
            <translation type="unfinished">Nie ma rekordu %1 %2 do przywrócenia.</translation>
        </message>
        <message>
            <source>Reading %1</source>
            <translation type="unfinished">Odczytywanie %1</translation>
        </message>
        <message>
            <source>A change from the team server is to %1, which this version of Waymark does not have: update Waymark on this computer.</source>
            <translation type="unfinished">Zmiana z serwera zespołu dotyczy %1, czego ta wersja programu Waymark nie zna: zaktualizuj program Waymark na tym komputerze.</translation>
        </message>
        <message>
            <source>A change from the team server sets %1 of %2, which this version of Waymark does not have: update Waymark on this computer.</source>
            <translation type="unfinished">Zmiana z serwera zespołu ustawia %1 w %2, czego ta wersja programu Waymark nie zna: zaktualizuj program Waymark na tym komputerze.</translation>
        </message>
        <message>
            <source>Reading the records failed</source>
            <translation type="unfinished">Nie udało się odczytać rekordów</translation>
        </message>
        <message>
            <source>Anonymising the record failed</source>
            <translation type="unfinished">Nie udało się zanonimizować rekordu</translation>
        </message>
        <message>
            <source>Waymark does not know how %1 belongs to a person.</source>
            <translation type="unfinished">Waymark nie wie, w jaki sposób %1 wiąże się z osobą.</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation type="unfinished">Zanonimizowano</translation>
        </message>
        <message>
            <source>%1 is not a column name.</source>
            <translation type="unfinished">%1 nie jest nazwą kolumny.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) anonymised</source>
            <translation type="unfinished">
                <numerusform>Zanonimizowano %n rekord</numerusform>
                <numerusform>Zanonimizowano %n rekordy</numerusform>
                <numerusform>Zanonimizowano %n rekordów</numerusform>
            </translation>
        </message>
        <message>
            <source>"%1" is not a server address. Write it as %2.</source>
            <translation type="unfinished">"%1" nie jest adresem serwera. Zapisz go w postaci %2.</translation>
        </message>
        <message>
            <source>The server address %1 names no server. Write it as %2.</source>
            <translation type="unfinished">Adres serwera %1 nie wskazuje serwera. Zapisz go w postaci %2.</translation>
        </message>
        <message>
            <source>The server address %1 names no database. Write it as %2.</source>
            <translation type="unfinished">Adres serwera %1 nie wskazuje bazy danych. Zapisz go w postaci %2.</translation>
        </message>
        <message>
            <source>The server address %1 names no one to sign in as. Write it as %2.</source>
            <translation type="unfinished">Adres serwera %1 nie zawiera nazwy użytkownika do logowania. Zapisz go w postaci %2.</translation>
        </message>
        <message>
            <source>The team server did not take that password for %1.</source>
            <translation type="unfinished">Serwer zespołu nie przyjął tego hasła dla %1.</translation>
        </message>
        <message>
            <source>The team server could not be reached to check the password: %1</source>
            <translation type="unfinished">Nie udało się połączyć z serwerem zespołu, aby sprawdzić hasło: %1</translation>
        </message>
        <message>
            <source>Giving the sign-in failed</source>
            <translation type="unfinished">Nie udało się nadać loginu</translation>
        </message>
        <message>
            <source>Removing the sign-in failed</source>
            <translation type="unfinished">Nie udało się usunąć loginu</translation>
        </message>
        <message>
            <source>The database is not open</source>
            <translation type="unfinished">Baza danych nie jest otwarta</translation>
        </message>
        <message>
            <source>Unable to prepare the statement</source>
            <translation type="unfinished">Nie można przygotować instrukcji</translation>
        </message>
        <message>
            <source>Unable to execute multiple statements at a time</source>
            <translation type="unfinished">Nie można wykonać wielu instrukcji jednocześnie</translation>
        </message>
        <message>
            <source>Unable to execute a statement that was not prepared</source>
            <translation type="unfinished">Nie można wykonać nieprzygotowanej instrukcji</translation>
        </message>
        <message>
            <source>Parameter count mismatch</source>
            <translation type="unfinished">Niezgodna liczba parametrów</translation>
        </message>
        <message>
            <source>Unable to bind parameters</source>
            <translation type="unfinished">Nie można powiązać parametrów</translation>
        </message>
        <message>
            <source>Unable to execute the statement</source>
            <translation type="unfinished">Nie można wykonać instrukcji</translation>
        </message>
        <message>
            <source>Unable to fetch row</source>
            <translation type="unfinished">Nie można pobrać wiersza</translation>
        </message>
        <message>
            <source>Query plans can be read from a database file only.</source>
            <translation type="unfinished">Plany zapytań można odczytać tylko z pliku bazy danych.</translation>
        </message>
        <message>
            <source>Reading where sync stands failed</source>
            <translation type="unfinished">Nie udało się odczytać stanu synchronizacji</translation>
        </message>
        <message>
            <source>Saving where sync stands failed</source>
            <translation type="unfinished">Nie udało się zapisać stanu synchronizacji</translation>
        </message>
        <message>
            <source>Keeping the change to send to the team server failed</source>
            <translation type="unfinished">Nie udało się zachować zmiany do wysłania na serwer zespołu</translation>
        </message>
        <message>
            <source>Reading the changes to send failed</source>
            <translation type="unfinished">Nie udało się odczytać zmian do wysłania</translation>
        </message>
        <message>
            <source>Clearing the changes sent failed</source>
            <translation type="unfinished">Nie udało się wyczyścić wysłanych zmian</translation>
        </message>
        <message>
            <source>Keeping a sync conflict failed</source>
            <translation type="unfinished">Nie udało się zachować konfliktu synchronizacji</translation>
        </message>
        <message>
            <source>Reading the sync conflicts failed</source>
            <translation type="unfinished">Nie udało się odczytać konfliktów synchronizacji</translation>
        </message>
        <message>
            <source>Reading the changes waiting to be sent failed</source>
            <translation type="unfinished">Nie udało się odczytać zmian oczekujących na wysłanie</translation>
        </message>
        <message>
            <source>Saving the sync conflicts failed</source>
            <translation type="unfinished">Nie udało się zapisać konfliktów synchronizacji</translation>
        </message>
        <message>
            <source>Saving the choice failed</source>
            <translation type="unfinished">Nie udało się zapisać wyboru</translation>
        </message>
        <message>
            <source>The team server's journal could not be held</source>
            <translation type="unfinished">Nie udało się zablokować dziennika serwera zespołu</translation>
        </message>
        <message>
            <source>Reading the team server's journal failed</source>
            <translation type="unfinished">Nie udało się odczytać dziennika serwera zespołu</translation>
        </message>
        <message>
            <source>Recording the change on the team server failed</source>
            <translation type="unfinished">Nie udało się zapisać zmiany na serwerze zespołu</translation>
        </message>
        <message>
            <source>Recording the batch on the team server failed</source>
            <translation type="unfinished">Nie udało się zapisać partii na serwerze zespołu</translation>
        </message>
        <message>
            <source>Reading %1 failed</source>
            <translation type="unfinished">Nie udało się odczytać %1</translation>
        </message>
        <message>
            <source>Reading service_users failed</source>
            <translation type="unfinished">Nie udało się odczytać service_users</translation>
        </message>
        <message>
            <source>Removing a record this laptop no longer keeps failed</source>
            <translation type="unfinished">Nie udało się usunąć rekordu, którego ten laptop już nie przechowuje</translation>
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
            <translation type="unfinished">Użycie: waymark-cli [--db PATH|URL] [--user NAME] [--passphrase-file FILE] &lt;command&gt; [options]

Polecenia:
  init [--organisation NAME]      tworzy bazę danych z dwiema umowami startowymi
                                  i gwiazdą Waymark wellbeing (ponowne uruchomienie
                                  niczego nie zmienia)
  demo [--people N] [--seed S] [--as-of DATE]
                                  wypełnia ją fikcyjną, deterministyczną listą podopiecznych
  import FILE.json                importuje plik wymiany danych – w całości albo wcale
  import-sheet FILE.csv|FILE.xlsx --mapping MAP.json [--sheet NAME]
                                  wczytuje arkusz z listą podopiecznych – w całości albo wcale:
                                  każdy wiersz to osoba z jej skierowaniem i okresem wsparcia,
                                  kolumny i wartości przypisane według MAP.json (zob. README)
  export FILE.json [--service-user ID]
                                  eksportuje całą bazę danych lub dane jednej osoby
                                  (wniosek o dostęp do danych osobowych)
  backup FILE                     spójna kopia bazy danych, sprawdzana po zapisaniu
                                  (zaszyfrowana, z kluczami obok)
  restore FILE                    przywraca kopię zapasową w miejsce bazy danych
                                  (dotychczasowa baza jest najpierw zachowywana obok)
  check                           sprawdza, czy plik bazy danych nie jest uszkodzony
  sync [--server URL]             wysyła zmiany z tego laptopa na serwer zespołu i pobiera
                                  zmiany wszystkich pozostałych (dotyczące osób, do których
                                  mają dostęp jego konta); URL w postaci postgresql://USER@HOST/DATABASE,
                                  potrzebny tylko za pierwszym razem; konflikty czekają, aż ktoś
                                  dokona wyboru w aplikacji (przycisk konfliktów na pasku stanu)
  today --at DATETIME [--staff ID] [--format json|text]
                                  co wymaga uwagi w danej chwili – dla wszystkich
                                  lub jednego opiekuna prowadzącego (DATETIME np.
                                  2026-07-01T09:00:00Z lub czas londyński 2026-07-01 10:00)
  report kpi --contract CODE --from DATE --to DATE [--format json|csv|xlsx|pdf]
             [--out FILE]        sprawozdanie z umowy za dany okres (DATE np.
                                  2026-06-30): wszystkie wskaźniki KPI z jej zestawu; JSON i CSV
                                  bez --out trafiają na standardowe wyjście, XLSX i PDF go wymagają
  report outputs --contract CODE --from DATE --to DATE [--by gender|age_band|ethnicity]
             [--format json|csv|xlsx|pdf] [--out FILE]
                                  informacje zarządcze: podopieczni, nowi podopieczni,
                                  godziny kontaktu i zajęcia, w których uczestniczono, według grup
                                  (grupy liczące mniej niż 5 osób pokazywane jako "&lt;5")
  report distance --contract CODE [--from DATE] [--to DATE] [--staff ID]
                                  przebyta droga w Outcome Star dla listy podopiecznych
                                  jako JSON (DATE np. 2026-06-30; domyślnie --to to
                                  dzisiaj; --staff: okresy jednego opiekuna prowadzącego)
  print plan|risk|referral|letter|star|complaints --service-user ID --out FILE.pdf
        [--language en|pl|bn|person] [--large-print yes|no]
                                  formularz A4 jako PDF: bieżący plan wsparcia,
                                  najnowsza ocena ryzyka lub skierowanie, pismo
                                  o następnej umówionej wizycie, Outcome Star
                                  lub procedura składania skarg; po angielsku,
                                  chyba że --language wskazuje inaczej (person:
                                  język ojczysty tej osoby)
  encrypt                         szyfruje niezaszyfrowaną bazę danych w miejscu (utworzoną,
                                  zanim Waymark zaczął szyfrować), z --user NAME (domyślnie admin)
                                  jako administratorem i hasłem podanym tak jak dla init
  account list                    kto może logować się do zaszyfrowanej bazy danych
                                  lub serwera zespołu
  account add NAME --new-passphrase-file FILE [--staff ID] [--administrator yes]
                                  login dla członka personelu (jego rola wynika z jego wpisu
                                  na liście personelu); ponowne podanie tej samej nazwy NAME
                                  ustawia nowe hasło. Na serwerze zespołu, bez hasła:
                                  przypisuje członkowi personelu własny login serwera NAME
                                  (utworzony przez createuser)
  account remove NAME             nikt już nie loguje się jako NAME

--db PATH   plik bazy danych (domyślnie: %1) lub serwer zespołu:
            postgresql://USER@HOST[:PORT]/DATABASE (hasło z PGPASSWORD lub ~/.pgpass)
--user NAME, --passphrase-file FILE
            kto loguje się do zaszyfrowanej bazy danych (domyślnie jej administrator)
            i plik z hasłem tej osoby (lub ustaw WAYMARK_PASSPHRASE). init tworzy nową
            zaszyfrowaną bazę danych z NAME (domyślnie admin) jako administratorem.
Kod wyjścia: 0 – gotowe, 1 – błąd, który można naprawić (zob. komunikat), 2 – niewłaściwe użycie.
</translation>
        </message>
        <message>
            <source>Run "waymark-cli --help" for the commands.</source>
            <translation type="unfinished">Uruchom "waymark-cli --help", aby zobaczyć listę poleceń.</translation>
        </message>
        <message>
            <source>no command given</source>
            <translation type="unfinished">nie podano polecenia</translation>
        </message>
        <message>
            <source>--db needs a file path</source>
            <translation type="unfinished">--db wymaga ścieżki pliku</translation>
        </message>
        <message>
            <source>--passphrase-file needs a file</source>
            <translation type="unfinished">--passphrase-file wymaga pliku</translation>
        </message>
        <message>
            <source>--user needs a name</source>
            <translation type="unfinished">--user wymaga nazwy</translation>
        </message>
        <message>
            <source>unknown option %1</source>
            <translation type="unfinished">nieznana opcja %1</translation>
        </message>
        <message>
            <source>unknown command "%1"</source>
            <translation type="unfinished">nieznane polecenie "%1"</translation>
        </message>
        <message>
            <source>%1 does not take %2</source>
            <translation type="unfinished">%1 nie przyjmuje opcji %2</translation>
        </message>
        <message>
            <source>%1 needs a value</source>
            <translation type="unfinished">%1 wymaga wartości</translation>
        </message>
        <message>
            <source>init takes no file name; use --db PATH</source>
            <translation type="unfinished">init nie przyjmuje nazwy pliku; użyj --db PATH</translation>
        </message>
        <message>
            <source>init makes an encrypted database: give its administrator's passphrase with --passphrase-file FILE or the WAYMARK_PASSPHRASE environment variable</source>
            <translation type="unfinished">init tworzy zaszyfrowaną bazę danych: podaj hasło jej administratora za pomocą --passphrase-file FILE lub zmiennej środowiskowej WAYMARK_PASSPHRASE</translation>
        </message>
        <message>
            <source>setting up the database</source>
            <translation type="unfinished">konfigurowanie bazy danych</translation>
        </message>
        <message>
            <source>Waymark database ready at %1 (contracts thurrock-fs and camden-day, star waymark-wellbeing).</source>
            <translation type="unfinished">Baza danych programu Waymark jest gotowa w %1 (umowy thurrock-fs i camden-day, gwiazda waymark-wellbeing).</translation>
        </message>
        <message>
            <source>It is encrypted; its administrator signs in as "%1". Keep %2 with it: without that file and a passphrase nobody can open it.</source>
            <translation type="unfinished">Jest zaszyfrowana; jej administrator loguje się jako "%1". Przechowuj razem z nią plik %2: bez tego pliku i hasła nikt nie zdoła jej otworzyć.</translation>
        </message>
        <message>
            <source>restoring a backup</source>
            <translation type="unfinished">przywracanie kopii zapasowej</translation>
        </message>
        <message>
            <source>The passphrase file %1 cannot be read: %2</source>
            <translation type="unfinished">Nie można odczytać pliku z hasłem %1: %2</translation>
        </message>
        <message>
            <source>no passphrase given</source>
            <translation type="unfinished">nie podano hasła</translation>
        </message>
        <message>
            <source>%1 is encrypted: give the passphrase with --passphrase-file FILE or the WAYMARK_PASSPHRASE environment variable (and --user NAME if you are not its administrator).</source>
            <translation type="unfinished">Plik %1 jest zaszyfrowany: podaj hasło za pomocą --passphrase-file FILE lub zmiennej środowiskowej WAYMARK_PASSPHRASE (oraz --user NAME, jeśli nie jesteś jego administratorem).</translation>
        </message>
        <message>
            <source>demo takes no file name; use --db PATH</source>
            <translation type="unfinished">demo nie przyjmuje nazwy pliku; użyj --db PATH</translation>
        </message>
        <message>
            <source>--people must be a whole number from 1 to 100000</source>
            <translation type="unfinished">--people musi być liczbą całkowitą od 1 do 100000</translation>
        </message>
        <message>
            <source>--seed must be a whole number</source>
            <translation type="unfinished">--seed musi być liczbą całkowitą</translation>
        </message>
        <message>
            <source>--as-of must be a date like 2026-07-01</source>
            <translation type="unfinished">--as-of musi być datą, np. 2026-07-01</translation>
        </message>
        <message>
            <source>loading demo data</source>
            <translation type="unfinished">wczytywanie danych demonstracyjnych</translation>
        </message>
        <message>
            <source>Demo caseload of %1 fictional people loaded into %2 (%3 records).</source>
            <translation type="unfinished">Wczytano do %2 demonstracyjną listę podopiecznych (fikcyjnych osób: %1; rekordów: %3).</translation>
        </message>
        <message>
            <source>import needs one file: waymark-cli import FILE.json</source>
            <translation type="unfinished">import wymaga jednego pliku: waymark-cli import FILE.json</translation>
        </message>
        <message>
            <source>importing</source>
            <translation type="unfinished">importowanie</translation>
        </message>
        <message>
            <source>Imported %1: %2 new, %3 changed, %4 already up to date.</source>
            <translation type="unfinished">Zaimportowano %1: nowych: %2, zmienionych: %3, już aktualnych: %4.</translation>
        </message>
        <message>
            <source>import-sheet needs one file and its mapping: waymark-cli import-sheet FILE.csv --mapping MAP.json</source>
            <translation type="unfinished">import-sheet wymaga jednego pliku i jego mapowania: waymark-cli import-sheet FILE.csv --mapping MAP.json</translation>
        </message>
        <message>
            <source>Imported %1: %2 people, %3 referrals and %4 support periods from %5 rows (%6 new, %7 changed, %8 already up to date).</source>
            <translation type="unfinished">Zaimportowano %1 – osób: %2, skierowań: %3, okresów wsparcia: %4; wierszy: %5 (nowych: %6, zmienionych: %7, już aktualnych: %8).</translation>
        </message>
        <message>
            <source>export needs one file: waymark-cli export FILE.json</source>
            <translation type="unfinished">export wymaga jednego pliku: waymark-cli export FILE.json</translation>
        </message>
        <message>
            <source>exporting the whole database</source>
            <translation type="unfinished">eksportowanie całej bazy danych</translation>
        </message>
        <message>
            <source>a subject access export</source>
            <translation type="unfinished">eksport w ramach wniosku o dostęp do danych osobowych</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation type="unfinished">Wyeksportowano do %1.</translation>
        </message>
        <message>
            <source>subject access: %1 and %2</source>
            <translation type="unfinished">dostęp do danych osobowych: %1 i %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported to %1, with a readable copy in %2; %n mention(s) of other people's names taken out.</source>
            <translation type="unfinished">
                <numerusform>Wyeksportowano do %1, z czytelną kopią w %2; usunięto %n wystąpienie nazwisk innych osób.</numerusform>
                <numerusform>Wyeksportowano do %1, z czytelną kopią w %2; usunięto %n wystąpienia nazwisk innych osób.</numerusform>
                <numerusform>Wyeksportowano do %1, z czytelną kopią w %2; usunięto %n wystąpień nazwisk innych osób.</numerusform>
            </translation>
        </message>
        <message>
            <source>report needs what to report: waymark-cli report kpi|outputs|distance --contract CODE</source>
            <translation type="unfinished">report wymaga wskazania raportu: waymark-cli report kpi|outputs|distance --contract CODE</translation>
        </message>
        <message>
            <source>%1 is not a report; the reports are kpi, outputs and distance</source>
            <translation type="unfinished">%1 nie jest raportem; dostępne raporty to kpi, outputs i distance</translation>
        </message>
        <message>
            <source>--by is for report outputs</source>
            <translation type="unfinished">--by dotyczy raportu outputs</translation>
        </message>
        <message>
            <source>report distance needs --contract CODE</source>
            <translation type="unfinished">report distance wymaga --contract CODE</translation>
        </message>
        <message>
            <source>report distance is given as --format json</source>
            <translation type="unfinished">report distance daje wynik wyłącznie w formacie --format json</translation>
        </message>
        <message>
            <source>%1 must be a date like 2026-06-30, not "%2"</source>
            <translation type="unfinished">%1 musi być datą, np. 2026-06-30, a nie "%2"</translation>
        </message>
        <message>
            <source>returns and reports</source>
            <translation type="unfinished">sprawozdania i raporty</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished">Nie można zapisać %1: %2</translation>
        </message>
        <message>
            <source>report %1 needs --contract CODE --from DATE --to DATE</source>
            <translation type="unfinished">report %1 wymaga --contract CODE --from DATE --to DATE</translation>
        </message>
        <message>
            <source>report %1 needs %2 DATE, like 2026-06-30</source>
            <translation type="unfinished">report %1 wymaga %2 DATE, np. 2026-06-30</translation>
        </message>
        <message>
            <source>--format must be json, csv, xlsx or pdf, not "%1"</source>
            <translation type="unfinished">--format musi mieć wartość json, csv, xlsx lub pdf, a nie "%1"</translation>
        </message>
        <message>
            <source>report %1 --format %2 needs --out FILE</source>
            <translation type="unfinished">report %1 --format %2 wymaga --out FILE</translation>
        </message>
        <message>
            <source>--by must be gender, age_band or ethnicity</source>
            <translation type="unfinished">--by musi mieć wartość gender, age_band lub ethnicity</translation>
        </message>
        <message>
            <source>--by is for report outputs; report kpi gives the whole return</source>
            <translation type="unfinished">--by dotyczy raportu outputs; report kpi daje całe sprawozdanie</translation>
        </message>
        <message>
            <source>--staff is for report distance; a return is the whole contract's</source>
            <translation type="unfinished">--staff dotyczy raportu distance; sprawozdanie obejmuje całą umowę</translation>
        </message>
        <message>
            <source>--from %1 is after --to %2</source>
            <translation type="unfinished">--from %1 jest późniejsze niż --to %2</translation>
        </message>
        <message>
            <source>Wrote the %1 for %2, %3, to %4.</source>
            <translation type="unfinished">Zapisano %1 (%2, %3) do %4.</translation>
        </message>
        <message>
            <source>print needs the form: waymark-cli print %1 --service-user ID --out FILE.pdf</source>
            <translation type="unfinished">print wymaga nazwy formularza: waymark-cli print %1 --service-user ID --out FILE.pdf</translation>
        </message>
        <message>
            <source>%1 is not a form; the forms are %2</source>
            <translation type="unfinished">%1 nie jest formularzem; dostępne formularze to %2</translation>
        </message>
        <message>
            <source>print needs --service-user ID and --out FILE.pdf</source>
            <translation type="unfinished">print wymaga --service-user ID i --out FILE.pdf</translation>
        </message>
        <message>
            <source>--language must be one of %1, or person</source>
            <translation type="unfinished">--language musi mieć jedną z wartości %1 lub person</translation>
        </message>
        <message>
            <source>--large-print must be yes or no</source>
            <translation type="unfinished">--large-print musi mieć wartość yes lub no</translation>
        </message>
        <message>
            <source>%1 is not on your caseload, so nothing of their record is printed for you.</source>
            <translation type="unfinished">Osoba %1 nie jest na Twojej liście podopiecznych, więc nic z jej kartoteki nie zostanie dla Ciebie wydrukowane.</translation>
        </message>
        <message>
            <source>Printed "%1" for %2 to %3.</source>
            <translation type="unfinished">Wydrukowano "%1" (osoba: %2) do %3.</translation>
        </message>
        <message>
            <source>backup needs one file: waymark-cli backup FILE</source>
            <translation type="unfinished">backup wymaga jednego pliku: waymark-cli backup FILE</translation>
        </message>
        <message>
            <source>%1 already exists; choose a new file name for the backup.</source>
            <translation type="unfinished">%1 już istnieje; wybierz nową nazwę pliku kopii zapasowej.</translation>
        </message>
        <message>
            <source>backups</source>
            <translation type="unfinished">wykonywanie kopii zapasowych</translation>
        </message>
        <message>
            <source>The backup was taken, but its keys could not be copied to %1.</source>
            <translation type="unfinished">Kopię zapasową wykonano, ale nie udało się skopiować jej kluczy do %1.</translation>
        </message>
        <message>
            <source>Backed up to %1.</source>
            <translation type="unfinished">Kopię zapasową zapisano w %1.</translation>
        </message>
        <message>
            <source>restore needs the backup: waymark-cli restore FILE</source>
            <translation type="unfinished">restore wymaga kopii zapasowej: waymark-cli restore FILE</translation>
        </message>
        <message>
            <source>There is no backup at %1.</source>
            <translation type="unfinished">W %1 nie ma kopii zapasowej.</translation>
        </message>
        <message>
            <source>The backup could not be copied beside %1.</source>
            <translation type="unfinished">Nie udało się skopiować kopii zapasowej obok %1.</translation>
        </message>
        <message>
            <source>The backup's keys could not be copied.</source>
            <translation type="unfinished">Nie udało się skopiować kluczy kopii zapasowej.</translation>
        </message>
        <message>
            <source>The backup %1 cannot be restored: %2</source>
            <translation type="unfinished">Nie można przywrócić kopii zapasowej %1: %2</translation>
        </message>
        <message>
            <source>The backup %1 is damaged; nothing was restored.</source>
            <translation type="unfinished">Kopia zapasowa %1 jest uszkodzona; niczego nie przywrócono.</translation>
        </message>
        <message>
            <source>%1 could not be kept before the restore; nothing was changed.</source>
            <translation type="unfinished">Nie udało się zachować %1 przed przywróceniem; niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>The backup could not be put in place of %1; nothing was changed.</source>
            <translation type="unfinished">Nie udało się umieścić kopii zapasowej w miejscu %1; niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>The backup is in place but its keys could not be put beside it: copy %1 to %2.</source>
            <translation type="unfinished">Kopia zapasowa jest na miejscu, ale nie udało się umieścić obok niej jej kluczy: skopiuj %1 do %2.</translation>
        </message>
        <message>
            <source>Restored %1 from %2.</source>
            <translation type="unfinished">Przywrócono %1 z %2.</translation>
        </message>
        <message>
            <source>The database as it was is kept at %1.</source>
            <translation type="unfinished">Poprzednia wersja bazy danych jest zachowana w %1.</translation>
        </message>
        <message>
            <source>today takes no file name; use --at DATETIME</source>
            <translation type="unfinished">today nie przyjmuje nazwy pliku; użyj --at DATETIME</translation>
        </message>
        <message>
            <source>today needs --at DATETIME, like 2026-07-01T09:00:00Z</source>
            <translation type="unfinished">today wymaga --at DATETIME, np. 2026-07-01T09:00:00Z</translation>
        </message>
        <message>
            <source>--at must be a date and time like 2026-07-01T09:00:00Z, not "%1"</source>
            <translation type="unfinished">--at musi być datą i godziną, np. 2026-07-01T09:00:00Z, a nie "%1"</translation>
        </message>
        <message>
            <source>--format must be json or text</source>
            <translation type="unfinished">--format musi mieć wartość json lub text</translation>
        </message>
        <message>
            <source>another key worker's list</source>
            <translation type="unfinished">dostęp do listy innego opiekuna prowadzącego</translation>
        </message>
        <message>
            <source>Note: no current staff member has id "%1"; every referral is listed, and only periods that still name that key worker.</source>
            <translation type="unfinished">Uwaga: żaden obecny członek personelu nie ma identyfikatora "%1"; wyświetlane są wszystkie skierowania i tylko te okresy, w których nadal wskazano tego opiekuna prowadzącego.</translation>
        </message>
        <message>
            <source>encrypt takes no file name; use --db PATH</source>
            <translation type="unfinished">encrypt nie przyjmuje nazwy pliku; użyj --db PATH</translation>
        </message>
        <message>
            <source>encrypt needs the administrator's new passphrase: give it with --passphrase-file FILE or WAYMARK_PASSPHRASE</source>
            <translation type="unfinished">encrypt wymaga nowego hasła administratora: podaj je za pomocą --passphrase-file FILE lub WAYMARK_PASSPHRASE</translation>
        </message>
        <message>
            <source>%1 is now encrypted; its administrator signs in as "%2". Keep %3 with it: without that file nothing in it can be read. Backups made before today are still plain: replace them.</source>
            <translation type="unfinished">Plik %1 jest teraz zaszyfrowany; jego administrator loguje się jako "%2". Przechowuj razem z nim plik %3: bez tego pliku nie da się odczytać niczego, co zawiera. Kopie zapasowe wykonane przed dniem dzisiejszym nadal są niezaszyfrowane: zastąp je.</translation>
        </message>
        <message>
            <source>account needs list, add NAME or remove NAME</source>
            <translation type="unfinished">account wymaga list, add NAME lub remove NAME</translation>
        </message>
        <message>
            <source>account add needs --new-passphrase-file FILE: a passphrase is never given on the command line</source>
            <translation type="unfinished">account add wymaga --new-passphrase-file FILE: hasła nigdy nie podaje się w wierszu poleceń</translation>
        </message>
        <message>
            <source>only account add takes options</source>
            <translation type="unfinished">opcje przyjmuje tylko account add</translation>
        </message>
        <message>
            <source>--administrator must be yes or no</source>
            <translation type="unfinished">--administrator musi mieć wartość yes lub no</translation>
        </message>
        <message>
            <source>on a team server the password is the server's own (ALTER ROLE ... PASSWORD): account add NAME --staff ID gives the server's sign-in NAME to a member of staff</source>
            <translation type="unfinished">na serwerze zespołu obowiązuje hasło samego serwera (ALTER ROLE ... PASSWORD): account add NAME --staff ID przypisuje członkowi personelu login serwera NAME</translation>
        </message>
        <message>
            <source>%1 is not encrypted, so nobody signs in to it.</source>
            <translation type="unfinished">Plik %1 nie jest zaszyfrowany, więc nikt się do niego nie loguje.</translation>
        </message>
        <message>
            <source>%1 no longer signs in to %2.</source>
            <translation type="unfinished">%1 nie loguje się już do %2.</translation>
        </message>
        <message>
            <source>%1 can now sign in to %2.</source>
            <translation type="unfinished">%1 może teraz logować się do %2.</translation>
        </message>
        <message>
            <source>checking the database and its audit trail</source>
            <translation type="unfinished">sprawdzanie bazy danych i jej dziennika audytu</translation>
        </message>
        <message>
            <source>%1 has %2 problems:</source>
            <translation type="unfinished">W %1 znaleziono problemy (%2):</translation>
        </message>
        <message>
            <source>%1 is sound (schema %2).</source>
            <translation type="unfinished">%1 jest w porządku (schemat %2).</translation>
        </message>
        <message>
            <source>sync takes no file name; use --db PATH for the laptop's database and --server URL</source>
            <translation type="unfinished">sync nie przyjmuje nazwy pliku; użyj --db PATH dla bazy danych laptopa i --server URL</translation>
        </message>
        <message>
            <source>sync runs on a laptop's database (--db FILE) and names the team server with --server URL</source>
            <translation type="unfinished">sync działa na bazie danych laptopa (--db FILE) i wskazuje serwer zespołu za pomocą --server URL</translation>
        </message>
        <message>
            <source>this database has not synced yet: name the team server with --server postgresql://USER@HOST/DATABASE</source>
            <translation type="unfinished">ta baza danych nie była jeszcze synchronizowana: wskaż serwer zespołu za pomocą --server postgresql://USER@HOST/DATABASE</translation>
        </message>
        <message>
            <source>--server needs a team server's address, postgresql://USER@HOST/DATABASE</source>
            <translation type="unfinished">--server wymaga adresu serwera zespołu, postgresql://USER@HOST/DATABASE</translation>
        </message>
        <message>
            <source>This laptop now syncs with %1.</source>
            <translation type="unfinished">Ten laptop synchronizuje się teraz z %1.</translation>
        </message>
        <message>
            <source>Synced with %1: %2 changes sent, %3 received.</source>
            <translation type="unfinished">Zsynchronizowano z %1: wysłano zmian: %2, odebrano: %3.</translation>
        </message>
        <message>
            <source>Taken off this laptop, no longer on its users' caseloads: %1 (the team server keeps their records).</source>
            <translation type="unfinished">Usunięto z tego laptopa, nie ma ich już na listach podopiecznych jego użytkowników: %1 (serwer zespołu zachowuje ich dane).</translation>
        </message>
        <message>
            <source>%1 conflicts wait for a person to choose (in the app: the conflicts button in the status bar); until then the team server's value stands.</source>
            <translation type="unfinished">Konflikty czekające, aż ktoś dokona wyboru: %1 (w aplikacji: przycisk konfliktów na pasku stanu); do tego czasu obowiązuje wartość z serwera zespołu.</translation>
        </message>
        <message>
            <source>Stopped before the end.</source>
            <translation type="unfinished">Zatrzymano przed końcem.</translation>
        </message>
        <message>
            <source>Waymark needs %1 (Debian&apos;s package %2), which could not be loaded: %3</source>
            <translation type="unfinished">Waymark potrzebuje %1 (pakiet Debiana %2), którego nie udało się wczytać: %3</translation>
        </message>
        <message>
            <source>Another SQLite library is loaded in Waymark, and SQLCipher cannot work beside it; the database was not opened.</source>
            <translation type="unfinished">W programie Waymark wczytano inną bibliotekę SQLite, z którą SQLCipher nie może współpracować; bazy danych nie otwarto.</translation>
        </message>
    </context>
    <context>
        <name>RecordChecks</name>
        <message>
            <source>Choose one of the answers in the list.</source>
            <translation type="unfinished">Wybierz jedną z odpowiedzi z listy.</translation>
        </message>
        <message>
            <source>Enter the person's given name.</source>
            <translation type="unfinished">Podaj imię osoby.</translation>
        </message>
        <message>
            <source>Enter the person's family name.</source>
            <translation type="unfinished">Podaj nazwisko osoby.</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <translation type="unfinished">Data urodzenia przypada w przyszłości.</translation>
        </message>
        <message>
            <source>The date of birth makes the person over 120: check the year.</source>
            <translation type="unfinished">Z daty urodzenia wynika, że osoba ma ponad 120 lat: sprawdź rok.</translation>
        </message>
        <message>
            <source>The person is under %1, the contract's minimum age.</source>
            <translation type="unfinished">Osoba nie ukończyła %1 lat, czyli minimalnego wieku określonego w umowie.</translation>
        </message>
        <message>
            <source>This is not a valid NHS number: it has ten digits and the last is a check digit. Check it against a letter from the GP or hospital.</source>
            <translation type="unfinished">To nie jest prawidłowy numer NHS: ma on dziesięć cyfr, a ostatnia jest cyfrą kontrolną. Porównaj go z pismem od lekarza rodzinnego lub ze szpitala.</translation>
        </message>
        <message>
            <source>This is not a UK postcode (for example RM17 6SL or NW1 2DB).</source>
            <translation type="unfinished">To nie jest brytyjski kod pocztowy (na przykład RM17 6SL lub NW1 2DB).</translation>
        </message>
        <message>
            <source>Which practice is the person registered with?</source>
            <translation type="unfinished">W której przychodni jest zarejestrowana osoba?</translation>
        </message>
        <message>
            <source>A practice is named but the person is recorded as not registered.</source>
            <translation type="unfinished">Podano przychodnię, ale osoba jest zapisana jako niezarejestrowana.</translation>
        </message>
        <message>
            <source>Choose who the referral is for.</source>
            <translation type="unfinished">Wybierz, kogo dotyczy skierowanie.</translation>
        </message>
        <message>
            <source>Choose the service the person is referred to.</source>
            <translation type="unfinished">Wybierz usługę, do której skierowano osobę.</translation>
        </message>
        <message>
            <source>Enter when the referral was received.</source>
            <translation type="unfinished">Podaj, kiedy otrzymano skierowanie.</translation>
        </message>
        <message>
            <source>The referral cannot be received in the future.</source>
            <translation type="unfinished">Data otrzymania skierowania nie może przypadać w przyszłości.</translation>
        </message>
        <message>
            <source>Choose who made the referral.</source>
            <translation type="unfinished">Wybierz, kto wystawił skierowanie.</translation>
        </message>
        <message>
            <source>First contact cannot be before the referral was received.</source>
            <translation type="unfinished">Pierwszy kontakt nie może nastąpić przed otrzymaniem skierowania.</translation>
        </message>
        <message>
            <source>First contact cannot be in the future.</source>
            <translation type="unfinished">Pierwszy kontakt nie może przypadać w przyszłości.</translation>
        </message>
        <message>
            <source>Date of birth not recorded: the service is for people aged %1 or over.</source>
            <translation type="unfinished">Nie odnotowano daty urodzenia: usługa jest przeznaczona dla osób w wieku od %1 lat.</translation>
        </message>
        <message>
            <source>Under %1 on the date of the referral.</source>
            <translation type="unfinished">W dniu skierowania osoba nie ukończyła %1 lat.</translation>
        </message>
        <message>
            <source>Lives outside the borough and is not in temporary accommodation placed by it.</source>
            <translation type="unfinished">Mieszka poza gminą i nie przebywa w zakwaterowaniu tymczasowym zapewnionym przez gminę.</translation>
        </message>
        <message>
            <source>The person has not consented to the referral.</source>
            <translation type="unfinished">Osoba nie wyraziła zgody na skierowanie.</translation>
        </message>
        <message>
            <source>Consent to the referral is not recorded.</source>
            <translation type="unfinished">Nie odnotowano zgody na skierowanie.</translation>
        </message>
        <message>
            <source>Not willing to engage with support planning.</source>
            <translation type="unfinished">Nie chce uczestniczyć w planowaniu wsparcia.</translation>
        </message>
        <message>
            <source>Lives in %1: the service supports people in their own home.</source>
            <translation type="unfinished">Miejsce zamieszkania: %1 – usługa wspiera osoby w ich własnym domu.</translation>
        </message>
        <message>
            <source>Choose a decision.</source>
            <translation type="unfinished">Wybierz decyzję.</translation>
        </message>
        <message>
            <source>Choose the key worker.</source>
            <translation type="unfinished">Wybierz opiekuna prowadzącego.</translation>
        </message>
        <message>
            <source>Enter the date support starts.</source>
            <translation type="unfinished">Podaj datę rozpoczęcia wsparcia.</translation>
        </message>
        <message>
            <source>Support cannot start before the referral was received.</source>
            <translation type="unfinished">Wsparcie nie może się rozpocząć przed otrzymaniem skierowania.</translation>
        </message>
        <message>
            <source>The start is more than a year away.</source>
            <translation type="unfinished">Data rozpoczęcia przypada za ponad rok.</translation>
        </message>
        <message>
            <source>Name the service the person was signposted to.</source>
            <translation type="unfinished">Podaj nazwę usługi, do której pokierowano osobę.</translation>
        </message>
        <message>
            <source>Give the reason for declining.</source>
            <translation type="unfinished">Podaj powód odmowy.</translation>
        </message>
        <message>
            <source>Enter when the person was first contacted.</source>
            <translation type="unfinished">Podaj, kiedy po raz pierwszy skontaktowano się z osobą.</translation>
        </message>
        <message>
            <source>First contact cannot be before the referral was received (%1).</source>
            <translation type="unfinished">Pierwszy kontakt nie może nastąpić przed otrzymaniem skierowania (%1).</translation>
        </message>
        <message>
            <source>This contract has no maximum length of support to extend.</source>
            <translation type="unfinished">Ta umowa nie określa maksymalnej długości wsparcia, którą można by przedłużyć.</translation>
        </message>
        <message>
            <source>Enter the new end date.</source>
            <translation type="unfinished">Podaj nową datę zakończenia.</translation>
        </message>
        <message>
            <source>The new end must be after %1, when support would end anyway.</source>
            <translation type="unfinished">Nowa data zakończenia musi przypadać po %1, kiedy wsparcie i tak by się zakończyło.</translation>
        </message>
        <message>
            <source>Name the care practitioner or team who agreed the extension.</source>
            <translation type="unfinished">Podaj specjalistę lub zespół opieki, który zgodził się na przedłużenie.</translation>
        </message>
        <message>
            <source>Give the reason for the extension.</source>
            <translation type="unfinished">Podaj powód przedłużenia.</translation>
        </message>
        <message>
            <source>Enter the date support ended.</source>
            <translation type="unfinished">Podaj datę zakończenia wsparcia.</translation>
        </message>
        <message>
            <source>Support cannot end before it started (%1).</source>
            <translation type="unfinished">Wsparcie nie może się zakończyć przed jego rozpoczęciem (%1).</translation>
        </message>
        <message>
            <source>Support cannot be closed with a date in the future.</source>
            <translation type="unfinished">Nie można zamknąć wsparcia z datą przypadającą w przyszłości.</translation>
        </message>
        <message>
            <source>Choose why support ended.</source>
            <translation type="unfinished">Wybierz powód zakończenia wsparcia.</translation>
        </message>
        <message>
            <source>Say whether the departure was planned.</source>
            <translation type="unfinished">Określ, czy odejście było zaplanowane.</translation>
        </message>
        <message>
            <source>Choose where the person lives now ("Not known" if you do not know).</source>
            <translation type="unfinished">Wybierz, gdzie osoba obecnie mieszka ("Nieznane", jeśli tego nie wiesz).</translation>
        </message>
        <message>
            <source>The person is still vulnerable: name the organisation they were referred on to.</source>
            <translation type="unfinished">Osoba jest nadal szczególnie narażona: podaj organizację, do której ją dalej skierowano.</translation>
        </message>
        <message>
            <source>Enter the date of admission.</source>
            <translation type="unfinished">Podaj datę przyjęcia do szpitala.</translation>
        </message>
        <message>
            <source>The admission cannot be in the future.</source>
            <translation type="unfinished">Data przyjęcia nie może przypadać w przyszłości.</translation>
        </message>
        <message>
            <source>Discharge cannot be before admission.</source>
            <translation type="unfinished">Wypis nie może nastąpić przed przyjęciem.</translation>
        </message>
        <message>
            <source>The discharge cannot be in the future.</source>
            <translation type="unfinished">Data wypisu nie może przypadać w przyszłości.</translation>
        </message>
        <message>
            <source>Choose mental or physical health.</source>
            <translation type="unfinished">Wybierz zdrowie psychiczne lub fizyczne.</translation>
        </message>
        <message>
            <source>Enter when the complaint was received.</source>
            <translation type="unfinished">Podaj, kiedy otrzymano skargę.</translation>
        </message>
        <message>
            <source>The complaint cannot be received in the future.</source>
            <translation type="unfinished">Data otrzymania skargi nie może przypadać w przyszłości.</translation>
        </message>
        <message>
            <source>Say what the complaint is about.</source>
            <translation type="unfinished">Podaj, czego dotyczy skarga.</translation>
        </message>
        <message>
            <source>Say whether the complaint is serious.</source>
            <translation type="unfinished">Określ, czy skarga jest poważna.</translation>
        </message>
        <message>
            <source>It cannot be sent before it was received.</source>
            <translation type="unfinished">Nie można jej wysłać przed datą otrzymania.</translation>
        </message>
        <message>
            <source>It cannot be closed before it was received.</source>
            <translation type="unfinished">Nie można jej zamknąć przed datą otrzymania.</translation>
        </message>
        <message>
            <source>Record the outcome before closing the complaint.</source>
            <translation type="unfinished">Przed zamknięciem skargi zapisz jej wynik.</translation>
        </message>
        <message>
            <source>A serious complaint must go to the commissioner's authorised officer at once (C 12). Record the date it was sent.</source>
            <translation type="unfinished">Poważną skargę należy niezwłocznie przekazać upoważnionemu przedstawicielowi zleceniodawcy (C 12). Zapisz datę jej wysłania.</translation>
        </message>
        <message>
            <source>Enter when it happened.</source>
            <translation type="unfinished">Podaj, kiedy to się stało.</translation>
        </message>
        <message>
            <source>It cannot have happened in the future.</source>
            <translation type="unfinished">To nie mogło się wydarzyć w przyszłości.</translation>
        </message>
        <message>
            <source>Choose the kind of incident.</source>
            <translation type="unfinished">Wybierz rodzaj incydentu.</translation>
        </message>
        <message>
            <source>Say what happened.</source>
            <translation type="unfinished">Opisz, co się stało.</translation>
        </message>
        <message>
            <source>It cannot be reported before it happened.</source>
            <translation type="unfinished">Nie można tego zgłosić przed datą zdarzenia.</translation>
        </message>
        <message>
            <source>Not an area of need of a support plan.</source>
            <translation type="unfinished">To nie jest obszar potrzeb planu wsparcia.</translation>
        </message>
        <message>
            <source>Say specifically what the goal is.</source>
            <translation type="unfinished">Określ konkretnie, na czym polega cel.</translation>
        </message>
        <message>
            <source>Say how progress will be measured.</source>
            <translation type="unfinished">Określ, jak będą mierzone postępy.</translation>
        </message>
        <message>
            <source>Say who does what.</source>
            <translation type="unfinished">Określ, kto co robi.</translation>
        </message>
        <message>
            <source>Give a target date.</source>
            <translation type="unfinished">Podaj termin docelowy.</translation>
        </message>
        <message>
            <source>The target date is before support started.</source>
            <translation type="unfinished">Termin docelowy przypada przed rozpoczęciem wsparcia.</translation>
        </message>
        <message>
            <source>Choose an Outcomes Framework code from the list.</source>
            <translation type="unfinished">Wybierz kod Outcomes Framework z listy.</translation>
        </message>
        <message>
            <source>Choose the goal's status from the list.</source>
            <translation type="unfinished">Wybierz status celu z listy.</translation>
        </message>
        <message>
            <source>Describe the needs arising from %1, or mark them "None identified".</source>
            <translation type="unfinished">Opisz potrzeby wynikające z: %1 albo zaznacz "Nie stwierdzono".</translation>
        </message>
        <message>
            <source>A plan has at least one goal.</source>
            <translation type="unfinished">Plan musi mieć co najmniej jeden cel.</translation>
        </message>
        <message>
            <source>Enter the date the person agreed the plan (today or earlier).</source>
            <translation type="unfinished">Podaj datę uzgodnienia planu z osobą (dzisiejszą lub wcześniejszą).</translation>
        </message>
        <message>
            <source>The plan cannot be agreed before support started.</source>
            <translation type="unfinished">Planu nie można uzgodnić przed rozpoczęciem wsparcia.</translation>
        </message>
        <message>
            <source>Enter the date of the review (today or earlier).</source>
            <translation type="unfinished">Podaj datę przeglądu (dzisiejszą lub wcześniejszą).</translation>
        </message>
        <message>
            <source>Say who took part.</source>
            <translation type="unfinished">Podaj, kto brał udział.</translation>
        </message>
        <message>
            <source>Say what the review found.</source>
            <translation type="unfinished">Podaj, co wykazał przegląd.</translation>
        </message>
        <message>
            <source>The next review comes after this one.</source>
            <translation type="unfinished">Następny przegląd musi nastąpić po tym przeglądzie.</translation>
        </message>
        <message>
            <source>Choose the contract the session is run for.</source>
            <translation type="unfinished">Wybierz umowę, w ramach której prowadzone są zajęcia.</translation>
        </message>
        <message>
            <source>Choose the kind of session.</source>
            <translation type="unfinished">Wybierz rodzaj zajęć.</translation>
        </message>
        <message>
            <source>Enter when the session starts.</source>
            <translation type="unfinished">Podaj, kiedy zaczynają się zajęcia.</translation>
        </message>
        <message>
            <source>A session lasts from 1 minute to 12 hours.</source>
            <translation type="unfinished">Zajęcia trwają od 1 minuty do 12 godzin.</translation>
        </message>
        <message>
            <source>Give the session a name or a venue so that people can tell it apart.</source>
            <translation type="unfinished">Nadaj zajęciom nazwę lub podaj miejsce, aby można je było odróżnić.</translation>
        </message>
        <message>
            <source>Find the person, or enter a new person's name.</source>
            <translation type="unfinished">Znajdź osobę lub wpisz imię i nazwisko nowej osoby.</translation>
        </message>
        <message>
            <source>Say in a few words what was discussed.</source>
            <translation type="unfinished">Opisz w kilku słowach, o czym rozmawiano.</translation>
        </message>
        <message>
            <source>Say how long it took, in minutes (1 to 720).</source>
            <translation type="unfinished">Podaj, ile to trwało, w minutach (od 1 do 720).</translation>
        </message>
        <message>
            <source>Enter the date of the assessment (today or earlier).</source>
            <translation type="unfinished">Podaj datę oceny (dzisiejszą lub wcześniejszą).</translation>
        </message>
        <message>
            <source>This is months before support started: check the date.</source>
            <translation type="unfinished">To wiele miesięcy przed rozpoczęciem wsparcia: sprawdź datę.</translation>
        </message>
        <message>
            <source>Say who made the assessment.</source>
            <translation type="unfinished">Podaj, kto przeprowadził ocenę.</translation>
        </message>
        <message>
            <source>The next review comes after the assessment.</source>
            <translation type="unfinished">Następny przegląd musi nastąpić po ocenie.</translation>
        </message>
        <message>
            <source>Say whether the risk is to the person, to others or to staff.</source>
            <translation type="unfinished">Określ, czy ryzyko dotyczy samej osoby, innych osób czy personelu.</translation>
        </message>
        <message>
            <source>Choose the level of the risk.</source>
            <translation type="unfinished">Wybierz poziom ryzyka.</translation>
        </message>
        <message>
            <source>Describe the risk.</source>
            <translation type="unfinished">Opisz ryzyko.</translation>
        </message>
        <message>
            <source>Say how the risk will be managed.</source>
            <translation type="unfinished">Określ, jak ryzyko będzie ograniczane.</translation>
        </message>
    </context>
    <context>
        <name>ReferralService</name>
        <message>
            <source>The referral is no longer on record.</source>
            <translation type="unfinished">Skierowania nie ma już w bazie.</translation>
        </message>
        <message>
            <source>This referral was accepted and support started on %1: close the support period instead.</source>
            <translation type="unfinished">To skierowanie zostało przyjęte, a wsparcie rozpoczęło się %1: zamiast tego zamknij okres wsparcia.</translation>
        </message>
    </context>
    <context>
        <name>ReportingPeriod</name>
        <message>
            <source>%1 to %2 %3</source>
            <translation type="unfinished">%1 – %2 %3</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished">%1 – %2</translation>
        </message>
    </context>
    <context>
        <name>ReturnFiles</name>
        <message>
            <source>Save as .pdf, .xlsx or .csv.</source>
            <translation type="unfinished">Zapisz jako .pdf, .xlsx lub .csv.</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished">PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished">Skoroszyt programu Excel (*.xlsx)</translation>
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
            <translation type="unfinished">Spełniony</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation type="unfinished">Niespełniony</translation>
        </message>
    </context>
    <context>
        <name>RiskService</name>
        <message>
            <source>A risk assessment belongs to a support period; this one is no longer on record.</source>
            <translation type="unfinished">Ocena ryzyka należy do okresu wsparcia; tego okresu nie ma już w bazie.</translation>
        </message>
    </context>
    <context>
        <name>SessionService</name>
        <message>
            <source>The session is no longer on record.</source>
            <translation type="unfinished">Zajęć nie ma już w bazie.</translation>
        </message>
    </context>
    <context>
        <name>SheetFile</name>
        <message>
            <source>%1 is an older Excel file (.xls): open it in the spreadsheet program and save it as an Excel Workbook (.xlsx) or as CSV, then choose that.</source>
            <translation type="unfinished">%1 to starszy plik programu Excel (.xls): otwórz go w arkuszu kalkulacyjnym i zapisz jako skoroszyt programu Excel (.xlsx) lub jako plik CSV, a następnie wybierz ten plik.</translation>
        </message>
    </context>
    <context>
        <name>SheetImport</name>
        <message>
            <source>“%1” is not a date: write it as 14/03/2026</source>
            <translation type="unfinished">„%1” nie jest datą: wpisz ją w postaci 14/03/2026</translation>
        </message>
        <message>
            <source>“%1” has a two-digit year, which could be either century: write the year in full</source>
            <translation type="unfinished">„%1” ma dwucyfrowy rok, przez co nie wiadomo, o które stulecie chodzi: wpisz pełny rok</translation>
        </message>
        <message>
            <source>“%1” is not a date that exists (read as month/day/year)</source>
            <translation type="unfinished">„%1” nie jest istniejącą datą (odczytano jako miesiąc/dzień/rok)</translation>
        </message>
        <message>
            <source>“%1” is not a date that exists (read as day/month/year)</source>
            <translation type="unfinished">„%1” nie jest istniejącą datą (odczytano jako dzień/miesiąc/rok)</translation>
        </message>
        <message>
            <source>person</source>
            <translation type="unfinished">osoba</translation>
        </message>
        <message>
            <source>referral</source>
            <translation type="unfinished">skierowanie</translation>
        </message>
        <message>
            <source>support period</source>
            <translation type="unfinished">okres wsparcia</translation>
        </message>
        <message>
            <source>row %1: the same %2 as row %3, but %4 is “%5” here and “%6” there</source>
            <translation type="unfinished">wiersz %1: ten sam rekord (%2) co w wierszu %3, ale pole %4 ma tu wartość „%5”, a tam „%6”</translation>
        </message>
        <message>
            <source>row %1 has no heading “%2” (for %3)</source>
            <translation type="unfinished">wiersz %1 nie zawiera nagłówka „%2” (dla pola %3)</translation>
        </message>
        <message>
            <source>row %1 has the heading “%2” over more than one column (%3): give each its own</source>
            <translation type="unfinished">w wierszu %1 nagłówek „%2” występuje nad więcej niż jedną kolumną (%3): nadaj każdej kolumnie własny nagłówek</translation>
        </message>
        <message>
            <source>The mapping names columns the sheet does not have.</source>
            <translation type="unfinished">Mapowanie wskazuje kolumny, których nie ma w arkuszu.</translation>
        </message>
        <message>
            <source>No column is mapped to %1, which every person needs.</source>
            <translation type="unfinished">Żadna kolumna nie jest przypisana do pola %1, które jest wymagane dla każdej osoby.</translation>
        </message>
        <message>
            <source>contract: there is no contract “%1” (the contracts are %2)</source>
            <translation type="unfinished">contract: nie ma umowy „%1” (dostępne umowy: %2)</translation>
        </message>
        <message>
            <source>“%1” (column %2)</source>
            <translation type="unfinished">„%1” (kolumna %2)</translation>
        </message>
        <message>
            <source>row %1, %2: %3</source>
            <translation type="unfinished">wiersz %1, %2: %3</translation>
        </message>
        <message>
            <source>“%1” is not one of the answers Waymark records for %2: map it to one in the values (%3)</source>
            <translation type="unfinished">„%1” nie jest jedną z odpowiedzi, które Waymark zapisuje dla pola %2: przypisz ją do jednej z nich w mapowaniu wartości (%3)</translation>
        </message>
        <message>
            <source>“%1” is neither yes nor no</source>
            <translation type="unfinished">„%1” nie oznacza ani „tak”, ani „nie”</translation>
        </message>
        <message>
            <source>no member of staff is called “%1”: add them in Admin first, or map the name to one who is</source>
            <translation type="unfinished">żaden członek personelu nie nazywa się „%1”: najpierw dodaj tę osobę w sekcji Administracja albo przypisz to nazwisko do istniejącego członka personelu</translation>
        </message>
        <message>
            <source>more than one member of staff is called “%1”: map the name to one of them by their id in the values</source>
            <translation type="unfinished">więcej niż jeden członek personelu nazywa się „%1”: w mapowaniu wartości przypisz to nazwisko do jednego z nich za pomocą jego identyfikatora</translation>
        </message>
        <message>
            <source>there is no contract “%1” (the contracts are %2)</source>
            <translation type="unfinished">nie ma umowy „%1” (dostępne umowy: %2)</translation>
        </message>
        <message>
            <source>row %1: rows %2 and %1 both name %3 %4, with no reference or date of birth to tell whether they are one person: give a date of birth, or a reference column</source>
            <translation type="unfinished">wiersz %1: w wierszach %2 i %1 występuje %3 %4, bez identyfikatora ani daty urodzenia, które pozwoliłyby ustalić, czy to ta sama osoba: podaj datę urodzenia lub kolumnę z identyfikatorem</translation>
        </message>
        <message>
            <source>row %1: which contract is this person's referral or support under? Map a column to Contract, or choose one contract for every row</source>
            <translation type="unfinished">wiersz %1: w ramach której umowy jest skierowanie lub wsparcie tej osoby? Przypisz kolumnę do pola Umowa albo wybierz jedną umowę dla wszystkich wierszy</translation>
        </message>
        <message>
            <source>row %1: %2 is empty, but the row gives %3 of a support period: give the date support started, or leave those empty for a referral still waiting</source>
            <translation type="unfinished">wiersz %1: pole %2 jest puste, ale wiersz zawiera dane okresu wsparcia (%3): podaj datę rozpoczęcia wsparcia albo pozostaw te pola puste w przypadku skierowania, które nadal oczekuje</translation>
        </message>
        <message>
            <source>row %1: %2 is needed for a referral</source>
            <translation type="unfinished">wiersz %1: pole %2 jest wymagane dla skierowania</translation>
        </message>
        <message>
            <source>%1 referrals whose support started have no first contact date in the sheet: each is recorded as first contacted on the day support started.</source>
            <translation type="unfinished">Skierowania z rozpoczętym wsparciem, ale bez daty pierwszego kontaktu w arkuszu: %1. Dla każdego z nich za datę pierwszego kontaktu przyjmuje się dzień rozpoczęcia wsparcia.</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation type="unfinished">wiersz %1: %2</translation>
        </message>
        <message>
            <source>row %1, “%2” (column %3): %4</source>
            <translation type="unfinished">wiersz %1, „%2” (kolumna %3): %4</translation>
        </message>
        <message>
            <source>row %1: its reference is taken by someone already in Waymark, %2 %3%4, who is not %5 %6: if this sheet numbers people apart from the sheet that person came from, give its references a scope of their own, such as the team's name (“References are unique within”, or reference_scope in a mapping file)</source>
            <translation type="unfinished">wiersz %1: identyfikator z tego wiersza jest już przypisany w programie Waymark innej osobie (%2 %3%4), która nie jest osobą z arkusza (%5 %6): jeśli ten arkusz numeruje osoby niezależnie od arkusza, z którego pochodzi tamta osoba, nadaj jego identyfikatorom osobny zakres, np. nazwę zespołu („Identyfikatory są unikalne w obrębie” lub reference_scope w pliku mapowania)</translation>
        </message>
        <message>
            <source> (born %1)</source>
            <translation type="unfinished"> (ur. %1)</translation>
        </message>
        <message>
            <source>Already in Waymark, and left as they are there: %1 people, %2 referrals and %3 support periods. The sheet adds what is new; it does not change what Waymark holds.</source>
            <translation type="unfinished">Już zapisane w programie Waymark i pozostawione bez zmian: osoby (%1), skierowania (%2) i okresy wsparcia (%3). Arkusz dodaje tylko nowe dane; nie zmienia danych przechowywanych w programie Waymark.</translation>
        </message>
        <message>
            <source>%1 people in the sheet were deleted in Waymark and are left out, with their referrals and support; restore them in Admin &gt; Deleted records first to bring them in.</source>
            <translation type="unfinished">Osoby z arkusza usunięte w programie Waymark i pominięte wraz ze skierowaniami i wsparciem: %1. Aby je zaimportować, najpierw przywróć je w sekcji Administracja &gt; Usunięte rekordy.</translation>
        </message>
        <message>
            <source>%1 is empty: is it the file the caseload was saved in? Nothing was changed.</source>
            <translation type="unfinished">Plik %1 jest pusty: czy to na pewno plik, w którym zapisano listę podopiecznych? Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>is after today, so cannot be a date of birth</source>
            <translation type="unfinished">przypada po dniu dzisiejszym, więc nie może być datą urodzenia</translation>
        </message>
        <message>
            <source>%1 has no rows of people below its headings (row %2). Nothing was changed.</source>
            <translation type="unfinished">%1 nie zawiera wierszy z osobami poniżej nagłówków (wiersz %2). Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>%1 was not imported: 1 problem was found. Nothing was changed.</source>
            <translation type="unfinished">Nie zaimportowano %1: znaleziono 1 problem. Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>%1 was not imported: %2 problems were found. Nothing was changed.</source>
            <translation type="unfinished">Nie zaimportowano %1: liczba znalezionych problemów: %2. Niczego nie zmieniono.</translation>
        </message>
    </context>
    <context>
        <name>SheetMapping</name>
        <message>
            <source>%1 is not a mapping: %2</source>
            <translation type="unfinished">%1 nie jest plikiem mapowania: %2</translation>
        </message>
        <message>
            <source>it must be one JSON object</source>
            <translation type="unfinished">musi zawierać jeden obiekt JSON</translation>
        </message>
        <message>
            <source>%1: is not a key of a mapping (%2)</source>
            <translation type="unfinished">%1: nie jest kluczem mapowania (%2)</translation>
        </message>
        <message>
            <source>%1: must be text</source>
            <translation type="unfinished">%1: musi być tekstem</translation>
        </message>
        <message>
            <source>delimiter: must be one character, such as "," or ";" ("tab" for a tab)</source>
            <translation type="unfinished">delimiter: musi być jednym znakiem, np. "," lub ";" ("tab" dla tabulatora)</translation>
        </message>
        <message>
            <source>date_order: must be "dmy" (14/03/2026) or "mdy" (03/14/2026)</source>
            <translation type="unfinished">date_order: musi mieć wartość "dmy" (14/03/2026) lub "mdy" (03/14/2026)</translation>
        </message>
        <message>
            <source>header_row: must be a row number, 1 or more</source>
            <translation type="unfinished">header_row: musi być numerem wiersza równym 1 lub większym</translation>
        </message>
        <message>
            <source>columns: is required: an object of field keys and the headings of their columns</source>
            <translation type="unfinished">columns: element wymagany: obiekt zawierający klucze pól i nagłówki ich kolumn</translation>
        </message>
        <message>
            <source>columns.%1: is not a field that can be brought in</source>
            <translation type="unfinished">columns.%1: nie jest polem, które można zaimportować</translation>
        </message>
        <message>
            <source>columns.%1: must be the heading of a column</source>
            <translation type="unfinished">columns.%1: musi być nagłówkiem kolumny</translation>
        </message>
        <message>
            <source>values: must be an object of field keys, each an object of values and codes</source>
            <translation type="unfinished">values: musi być obiektem zawierającym klucze pól, z których każdy wskazuje obiekt wartości i kodów</translation>
        </message>
        <message>
            <source>values.%1: is not a field that can be brought in</source>
            <translation type="unfinished">values.%1: nie jest polem, które można zaimportować</translation>
        </message>
        <message>
            <source>values.%1: must be an object of the sheet's values and what each means</source>
            <translation type="unfinished">values.%1: musi być obiektem zawierającym wartości z arkusza i ich znaczenie</translation>
        </message>
        <message>
            <source>values.%1.%2: must be text</source>
            <translation type="unfinished">values.%1.%2: musi być tekstem</translation>
        </message>
        <message>
            <source>values.%1.%2: “%3” is not one of the codes (%4)</source>
            <translation type="unfinished">values.%1.%2: „%3” nie jest jednym z kodów (%4)</translation>
        </message>
        <message>
            <source>%1 has a problem.</source>
            <translation type="unfinished">%1 zawiera jeden problem.</translation>
        </message>
        <message>
            <source>%1 has %2 problems.</source>
            <translation type="unfinished">Liczba problemów w %1: %2.</translation>
        </message>
    </context>
    <context>
        <name>SortByKeyboard</name>
        <message>
            <source>Sort the list</source>
            <translation type="unfinished">Sortuj listę</translation>
        </message>
        <message>
            <source>Sort by %1</source>
            <translation type="unfinished">Sortuj według: %1</translation>
        </message>
        <message>
            <source>Sort by %1 the other way round</source>
            <translation type="unfinished">Sortuj według: %1, w odwrotnej kolejności</translation>
        </message>
        <message>
            <source>Click a heading to sort by it; from the keyboard, press the Menu key or Shift+F10 in the list</source>
            <translation type="unfinished">Kliknij nagłówek, aby posortować według niego; z klawiatury naciśnij na liście klawisz Menu lub Shift+F10</translation>
        </message>
    </context>
    <context>
        <name>StarChartData</name>
        <message>
            <source>%1 (the only one)</source>
            <translation type="unfinished">%1 (jedyna)</translation>
        </message>
        <message>
            <source>First, %1</source>
            <translation type="unfinished">Pierwsza, %1</translation>
        </message>
        <message>
            <source>Latest, %1</source>
            <translation type="unfinished">Najnowsza, %1</translation>
        </message>
        <message>
            <source>Chosen, %1</source>
            <translation type="unfinished">Wybrana, %1</translation>
        </message>
        <message>
            <source>Mean first star</source>
            <translation type="unfinished">Średnia z pierwszych ocen</translation>
        </message>
        <message>
            <source>Mean latest star</source>
            <translation type="unfinished">Średnia z najnowszych ocen</translation>
        </message>
    </context>
    <context>
        <name>StarChecks</name>
        <message>
            <source>Give the star a name.</source>
            <translation type="unfinished">Nadaj gwieździe nazwę.</translation>
        </message>
        <message>
            <source>The scale runs from a lower to a higher whole number, within 0 to 100.</source>
            <translation type="unfinished">Skala biegnie od mniejszej do większej liczby całkowitej, w zakresie od 0 do 100.</translation>
        </message>
        <message>
            <source>A star has at least one area.</source>
            <translation type="unfinished">Gwiazda musi mieć co najmniej jeden obszar.</translation>
        </message>
        <message>
            <source>A key is lower-case letters, digits and _ only, like physical_health.</source>
            <translation type="unfinished">Klucz może zawierać tylko małe litery, cyfry i znak _, np. physical_health.</translation>
        </message>
        <message>
            <source>Another area already has this key.</source>
            <translation type="unfinished">Inny obszar ma już ten klucz.</translation>
        </message>
        <message>
            <source>Give the area a name.</source>
            <translation type="unfinished">Nadaj obszarowi nazwę.</translation>
        </message>
        <message>
            <source>Name the stages of the scale, so that every score says what it means.</source>
            <translation type="unfinished">Nazwij etapy skali, aby każdy wynik miał opisane znaczenie.</translation>
        </message>
        <message>
            <source>Give the stage a name.</source>
            <translation type="unfinished">Nadaj etapowi nazwę.</translation>
        </message>
        <message>
            <source>A stage runs from a lower to a higher score within the scale (%1 to %2).</source>
            <translation type="unfinished">Etap obejmuje wyniki od niższego do wyższego w ramach skali (od %1 do %2).</translation>
        </message>
        <message>
            <source>No stage covers the score(s) %1: every score of the scale needs one.</source>
            <translation type="unfinished">Żaden etap nie obejmuje wyników: %1; każdy wynik na skali musi należeć do etapu.</translation>
        </message>
        <message>
            <source>The score(s) %1 fall in more than one stage.</source>
            <translation type="unfinished">Te wyniki należą do więcej niż jednego etapu: %1.</translation>
        </message>
        <message>
            <source>Enter the date of the assessment (today or earlier).</source>
            <translation type="unfinished">Podaj datę oceny (dzisiejszą lub wcześniejszą).</translation>
        </message>
        <message>
            <source>The assessment cannot be before support started.</source>
            <translation type="unfinished">Ocena nie może być wcześniejsza niż rozpoczęcie wsparcia.</translation>
        </message>
        <message>
            <source>Say who completed it: the person, the worker, or together.</source>
            <translation type="unfinished">Podaj, kto ją wypełnił: osoba, pracownik czy oboje razem.</translation>
        </message>
        <message>
            <source>A score is from %1 to %2.</source>
            <translation type="unfinished">Wynik mieści się w zakresie od %1 do %2.</translation>
        </message>
        <message>
            <source>Not an area of this star.</source>
            <translation type="unfinished">To nie jest obszar tej gwiazdy.</translation>
        </message>
        <message>
            <source>Score at least one area.</source>
            <translation type="unfinished">Oceń co najmniej jeden obszar.</translation>
        </message>
        <message>
            <source>Not scored: %1. The assessment is saved without them, and distance travelled leaves them out.</source>
            <translation type="unfinished">Bez wyniku: %1. Ocena zostanie zapisana bez tych obszarów, a przebyta droga ich nie uwzględni.</translation>
        </message>
    </context>
    <context>
        <name>StarService</name>
        <message>
            <source>An assessment belongs to a support period; this one is no longer on record.</source>
            <translation type="unfinished">Ocena należy do okresu wsparcia; tego okresu nie ma już w bazie.</translation>
        </message>
        <message>
            <source>The contract has no star template to assess with.</source>
            <translation type="unfinished">Umowa nie ma szablonu gwiazdy, według którego można przeprowadzić ocenę.</translation>
        </message>
        <message>
            <source>Assessments already score the area "%1": it cannot be removed or renamed.</source>
            <translation type="unfinished">Oceny zawierają już wyniki dla obszaru "%1": nie można go usunąć ani zmienić jego nazwy.</translation>
        </message>
        <message>
            <source>A star with the id "%1" (%2) is already here: nothing was loaded. Edit that star instead, or give the file's star another id.</source>
            <translation type="unfinished">Gwiazda o identyfikatorze "%1" (%2) już tu jest: niczego nie wczytano. Zamiast tego zmień tę gwiazdę albo nadaj gwieździe z pliku inny identyfikator.</translation>
        </message>
        <message>
            <source>%1 is not a valid star: nothing was loaded.</source>
            <translation type="unfinished">%1 nie jest prawidłową gwiazdą: niczego nie wczytano.</translation>
        </message>
    </context>
    <context>
        <name>StarTemplateFile</name>
        <message>
            <source>The file holds no star templates: it needs a "star_templates" list.</source>
            <translation type="unfinished">Plik nie zawiera szablonów gwiazd: musi mieć listę "star_templates".</translation>
        </message>
        <message>
            <source>is required</source>
            <translation type="unfinished">jest wymagane</translation>
        </message>
        <message>
            <source>must be whole numbers</source>
            <translation type="unfinished">muszą być liczbami całkowitymi</translation>
        </message>
        <message>
            <source>from and to must be whole numbers</source>
            <translation type="unfinished">from i to muszą być liczbami całkowitymi</translation>
        </message>
        <message>
            <source>The star templates were not loaded; %1 problem(s) to put right.</source>
            <translation type="unfinished">Nie wczytano szablonów gwiazd; problemy do usunięcia: %1.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation type="unfinished">Nie można otworzyć %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a JSON file (at character %2: %3).</source>
            <translation type="unfinished">%1 nie jest plikiem JSON (przy znaku %2: %3).</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished">Nie można zapisać %1: %2</translation>
        </message>
    </context>
    <context>
        <name>SubjectAccessReport</name>
        <message>
            <source>About you</source>
            <translation type="unfinished">O Tobie</translation>
        </message>
        <message>
            <source>NHS number</source>
            <translation type="unfinished">Numer NHS</translation>
        </message>
        <message>
            <source>Registered with a GP</source>
            <translation type="unfinished">Rejestracja u lekarza rodzinnego</translation>
        </message>
        <message>
            <source>Care Programme Approach</source>
            <translation type="unfinished">Care Programme Approach</translation>
        </message>
    </context>
    <context>
        <name>SupportPeriodService</name>
        <message>
            <source>The support period is no longer on record.</source>
            <translation type="unfinished">Okresu wsparcia nie ma już w bazie.</translation>
        </message>
        <message>
            <source>This support period ended on %1; it can no longer be changed.</source>
            <translation type="unfinished">Ten okres wsparcia zakończył się %1; nie można go już zmienić.</translation>
        </message>
        <message>
            <source>Choose a key worker who is on the staff list.</source>
            <translation type="unfinished">Wybierz opiekuna prowadzącego z listy personelu.</translation>
        </message>
        <message>
            <source>Enter the date of the review (today or earlier).</source>
            <translation type="unfinished">Podaj datę przeglądu (dzisiejszą lub wcześniejszą).</translation>
        </message>
        <message>
            <source>The review cannot be before support started.</source>
            <translation type="unfinished">Przegląd nie może być wcześniejszy niż rozpoczęcie wsparcia.</translation>
        </message>
        <message>
            <source>Choose whether support continues or is withdrawn.</source>
            <translation type="unfinished">Wybierz, czy wsparcie jest kontynuowane, czy wycofywane.</translation>
        </message>
        <message>
            <source>Say who made the decision.</source>
            <translation type="unfinished">Podaj, kto podjął decyzję.</translation>
        </message>
        <message>
            <source>Give the reason for the decision.</source>
            <translation type="unfinished">Podaj uzasadnienie decyzji.</translation>
        </message>
        <message>
            <source>%1 is not an Outcomes Framework code.</source>
            <translation type="unfinished">%1 nie jest kodem Outcomes Framework.</translation>
        </message>
        <message>
            <source>Say whether the need %1 was achieved.</source>
            <translation type="unfinished">Określ, czy rezultat dla potrzeby %1 został osiągnięty.</translation>
        </message>
    </context>
    <context>
        <name>SupportPlanService</name>
        <message>
            <source>The support plan is no longer on record.</source>
            <translation type="unfinished">Planu wsparcia nie ma już w bazie.</translation>
        </message>
        <message>
            <source>The plan's support period is no longer on record.</source>
            <translation type="unfinished">Okresu wsparcia, do którego należy plan, nie ma już w bazie.</translation>
        </message>
        <message>
            <source>This plan was agreed on %1: it changes through a review, so that what was agreed stays readable.</source>
            <translation type="unfinished">Ten plan uzgodniono %1: zmienia się go w drodze przeglądu, aby uzgodnione ustalenia pozostały czytelne.</translation>
        </message>
        <message>
            <source>A plan belongs to a support period; this one is no longer on record.</source>
            <translation type="unfinished">Plan należy do okresu wsparcia; tego okresu nie ma już w bazie.</translation>
        </message>
        <message>
            <source>agreeing a support plan: save it as a draft and a team leader agrees it</source>
            <translation type="unfinished">uzgadnianie planu wsparcia: zapisz go jako wersję roboczą, a uzgodni go kierownik zespołu</translation>
        </message>
        <message>
            <source>This plan was already agreed on %1.</source>
            <translation type="unfinished">Ten plan został już uzgodniony %1.</translation>
        </message>
        <message>
            <source>A draft plan is changed directly; a review is of an agreed plan.</source>
            <translation type="unfinished">Plan roboczy zmienia się bezpośrednio; przegląd dotyczy uzgodnionego planu.</translation>
        </message>
        <message>
            <source>A plan has at least one goal.</source>
            <translation type="unfinished">Plan musi mieć co najmniej jeden cel.</translation>
        </message>
        <message>
            <source>changing an agreed plan's goals: record the review without changing them, and a team leader agrees the new goals</source>
            <translation type="unfinished">zmienianie celów uzgodnionego planu: zapisz przegląd bez ich zmieniania, a nowe cele uzgodni kierownik zespołu</translation>
        </message>
    </context>
    <context>
        <name>XlsxSheetReader</name>
        <message>
            <source>%1 is not a whole Excel workbook: it has no %2.</source>
            <translation type="unfinished">%1 nie jest kompletnym skoroszytem programu Excel: brakuje w nim części %2.</translation>
        </message>
        <message>
            <source>%1 has a part too large to read (%2).</source>
            <translation type="unfinished">%1 zawiera część zbyt dużą do odczytania (%2).</translation>
        </message>
        <message>
            <source>%1: %2 cannot be read: %3</source>
            <translation type="unfinished">%1: nie można odczytać części %2: %3</translation>
        </message>
        <message>
            <source>%1: %2 is damaged and cannot be read.</source>
            <translation type="unfinished">%1: część %2 jest uszkodzona i nie można jej odczytać.</translation>
        </message>
        <message>
            <source>%1 cannot be opened.</source>
            <translation type="unfinished">Nie można otworzyć pliku %1.</translation>
        </message>
        <message>
            <source>%1 is not an Excel workbook (.xlsx). An older .xls file can be saved as .xlsx or CSV from the spreadsheet program first.</source>
            <translation type="unfinished">%1 nie jest skoroszytem programu Excel (.xlsx). Starszy plik .xls można najpierw zapisać jako .xlsx lub CSV w programie do arkuszy kalkulacyjnych.</translation>
        </message>
        <message>
            <source>%1 is damaged: its list of sheets cannot be read (%2).</source>
            <translation type="unfinished">Plik %1 jest uszkodzony: nie można odczytać listy arkuszy (%2).</translation>
        </message>
        <message>
            <source>%1 has no sheets.</source>
            <translation type="unfinished">Plik %1 nie zawiera żadnych arkuszy.</translation>
        </message>
        <message>
            <source>%1 is damaged: its text cannot be read (%2).</source>
            <translation type="unfinished">Plik %1 jest uszkodzony: nie można odczytać jego tekstu (%2).</translation>
        </message>
        <message>
            <source>%1 has no sheet called “%2”. Its sheets are: %3.</source>
            <translation type="unfinished">Plik %1 nie zawiera arkusza o nazwie „%2”. Dostępne arkusze: %3.</translation>
        </message>
        <message>
            <source>%1 is damaged: cell %2%3 of “%4” names text the workbook does not have.</source>
            <translation type="unfinished">Plik %1 jest uszkodzony: komórka %2%3 arkusza „%4” odwołuje się do tekstu, którego nie ma w skoroszycie.</translation>
        </message>
        <message>
            <source>%1 is damaged: sheet “%2” has a cell beyond the last row or column a sheet can have.</source>
            <translation type="unfinished">Plik %1 jest uszkodzony: arkusz „%2” zawiera komórkę poza ostatnim wierszem lub ostatnią kolumną, jakie może mieć arkusz.</translation>
        </message>
        <message>
            <source>Sheet “%1” of %2 is too large to bring in (more than %3 cells): copy the caseload's own columns and rows to a sheet of their own.</source>
            <translation type="unfinished">Arkusz „%1” w pliku %2 jest zbyt duży, aby go zaimportować (ponad %3 komórek): skopiuj same kolumny i wiersze listy podopiecznych do osobnego arkusza.</translation>
        </message>
        <message>
            <source>%1 is damaged: sheet “%2” cannot be read (%3).</source>
            <translation type="unfinished">Plik %1 jest uszkodzony: nie można odczytać arkusza „%2” (%3).</translation>
        </message>
    </context>
    <context>
        <name>XlsxTableWriter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished">Nie można zapisać %1: %2</translation>
        </message>
        <message>
            <source>the folder cannot be written to.</source>
            <translation type="unfinished">nie można zapisywać w tym folderze.</translation>
        </message>
        <message>
            <source>the file could not be put in place.</source>
            <translation type="unfinished">nie udało się umieścić pliku na miejscu.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Open &amp;another…</source>
            <translation type="unfinished">Otwórz &amp;inną…</translation>
        </message>
        <message>
            <source>Waymark cannot create the database</source>
            <translation type="unfinished">Waymark nie może utworzyć bazy danych</translation>
        </message>
        <message>
            <source>Waymark cannot set up the database</source>
            <translation type="unfinished">Waymark nie może skonfigurować bazy danych</translation>
        </message>
        <message>
            <source>Waymark cannot open the database</source>
            <translation type="unfinished">Waymark nie może otworzyć bazy danych</translation>
        </message>
        <message>
            <source>The account "%1" is no longer in the keys file.</source>
            <translation type="unfinished">Konta "%1" nie ma już w pliku kluczy.</translation>
        </message>
        <message>
            <source>Waymark cannot sign you in</source>
            <translation type="unfinished">Waymark nie może Cię zalogować</translation>
        </message>
        <message>
            <source>Waymark cannot record the sign-in</source>
            <translation type="unfinished">Waymark nie może zapisać logowania</translation>
        </message>
        <message>
            <source>Waymark could not back up the database</source>
            <translation type="unfinished">Waymark nie mógł wykonać kopii zapasowej bazy danych</translation>
        </message>
        <message>
            <source>Casework for mental-health floating support and day services</source>
            <translation type="unfinished">Prowadzenie spraw w środowiskowym wsparciu i usługach dziennych w zakresie zdrowia psychicznego</translation>
        </message>
        <message>
            <source>The database file to open, or a team server (postgresql://user@host/database).</source>
            <translation type="unfinished">Plik bazy danych do otwarcia lub serwer zespołu (postgresql://user@host/database).</translation>
        </message>
    </context>
    <context>
        <name>waymark::AdminPage</name>
        <message>
            <source>none</source>
            <translation type="unfinished">brak</translation>
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished">Kod</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">Umowa</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation type="unfinished">Podmiot finansujący</translation>
        </message>
        <message>
            <source>Weekly hours cap</source>
            <translation type="unfinished">Tygodniowy limit godzin</translation>
        </message>
        <message>
            <source>Longest support</source>
            <translation type="unfinished">Najdłuższe wsparcie</translation>
        </message>
        <message>
            <source>First contact within</source>
            <translation type="unfinished">Pierwszy kontakt w ciągu</translation>
        </message>
        <message>
            <source>Star every</source>
            <translation type="unfinished">Gwiazda co</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation type="unfinished">Sprawozdania</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation type="unfinished">Umowy</translation>
        </message>
        <message>
            <source>Star</source>
            <translation type="unfinished">Gwiazda</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation type="unfinished">Obszary</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation type="unfinished">Skala</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished">Etapy</translation>
        </message>
        <message>
            <source>Star templates</source>
            <translation type="unfinished">Szablony gwiazd</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation type="unfinished">Administracja</translation>
        </message>
        <message>
            <source>Moving to Waymark from a spreadsheet?</source>
            <translation type="unfinished">Przechodzisz do programu Waymark z arkusza kalkulacyjnego?</translation>
        </message>
        <message>
            <source>&amp;Move a caseload in from a spreadsheet…</source>
            <translation type="unfinished">&amp;Przenieś listę podopiecznych z arkusza kalkulacyjnego…</translation>
        </message>
        <message>
            <source>Bring people, their referrals and support periods in from an Excel or CSV file</source>
            <translation type="unfinished">Wczytaj osoby, ich skierowania i okresy wsparcia z pliku Excel lub CSV</translation>
        </message>
        <message>
            <source>S&amp;taff and sign-ins</source>
            <translation type="unfinished">Personel i &amp;loginy</translation>
        </message>
        <message>
            <source>&amp;Contracts and stars</source>
            <translation type="unfinished">&amp;Umowy i gwiazdy</translation>
        </message>
        <message>
            <source>A&amp;udit trail</source>
            <translation type="unfinished">&amp;Dziennik audytu</translation>
        </message>
        <message>
            <source>Retention re&amp;view</source>
            <translation type="unfinished">Przegląd &amp;okresu przechowywania</translation>
        </message>
        <message>
            <source>D&amp;eleted records</source>
            <translation type="unfinished">Usunięte &amp;rekordy</translation>
        </message>
        <message>
            <source>Outcome Star templates</source>
            <translation type="unfinished">Szablony Outcome Star</translation>
        </message>
        <message>
            <source>&amp;New star…</source>
            <translation type="unfinished">&amp;Nowa gwiazda…</translation>
        </message>
        <message>
            <source>&amp;Edit star…</source>
            <translation type="unfinished">&amp;Edytuj gwiazdę…</translation>
        </message>
        <message>
            <source>&amp;Load from file…</source>
            <translation type="unfinished">&amp;Wczytaj z pliku…</translation>
        </message>
        <message>
            <source>&amp;Save to file…</source>
            <translation type="unfinished">&amp;Zapisz do pliku…</translation>
        </message>
        <message>
            <source>Load the star your organisation is licensed to use, from its interchange file</source>
            <translation type="unfinished">Wczytaj z pliku wymiany danych gwiazdę, na którą Twoja organizacja ma licencję</translation>
        </message>
        <message>
            <source>Load star templates</source>
            <translation type="unfinished">Wczytaj szablony gwiazd</translation>
        </message>
        <message>
            <source>Interchange files (*.json)</source>
            <translation type="unfinished">Pliki wymiany danych (*.json)</translation>
        </message>
        <message>
            <source>Save star template</source>
            <translation type="unfinished">Zapisz szablon gwiazdy</translation>
        </message>
        <message>
            <source>Getting help</source>
            <translation type="unfinished">Uzyskiwanie pomocy</translation>
        </message>
        <message>
            <source>Managing</source>
            <translation type="unfinished">Zarządzanie</translation>
        </message>
        <message>
            <source>Loaded: %1.</source>
            <translation type="unfinished">Wczytano: %1.</translation>
        </message>
        <message>
            <source>The template is no longer on record.</source>
            <translation type="unfinished">Szablonu nie ma już w bazie.</translation>
        </message>
        <message>
            <source>Saved %1 to %2.</source>
            <translation type="unfinished">Zapisano %1 w %2.</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation type="unfinished">%1 godz.</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation type="unfinished">%1 mies.</translation>
        </message>
        <message>
            <source>%1 weeks</source>
            <translation type="unfinished">%1 tyg.</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished">%1 – %2</translation>
        </message>
        <message>
            <source>Whom a person complains to, how soon you answer, and how to complain to the council: printed for each person from their record</source>
            <translation type="unfinished">Do kogo kierować skargi, w jakim terminie udzielana jest odpowiedź i jak złożyć skargę do samorządu: drukowane dla każdej osoby z jej kartoteki</translation>
        </message>
        <message>
            <source>Complaints procedure</source>
            <translation type="unfinished">Procedura składania skarg</translation>
        </message>
        <message>
            <source>Printed for each person at the start of their support (Print, Complaints procedure on their record), in their language or in large print. It always says that they can complain to the council directly, and to the Ombudsman after it.</source>
            <translation type="unfinished">Drukowana dla każdej osoby na początku wsparcia (Drukuj, Procedura składania skarg w jej kartotece), w jej języku lub dużym drukiem. Zawsze informuje, że można złożyć skargę bezpośrednio do samorządu, a następnie do rzecznika (Ombudsman).</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished">&amp;Zapisz</translation>
        </message>
        <message>
            <source>The complaints manager, 12 High Street, Grays RM17 6XX, 01375 000000, complaints@example.org</source>
            <translation type="unfinished">Kierownik ds. skarg, 12 High Street, Grays RM17 6XX, 01375 000000, complaints@example.org</translation>
        </message>
        <message>
            <source> working days</source>
            <translation type="unfinished"> dni roboczych</translation>
        </message>
        <message>
            <source>Whom to &amp;contact:</source>
            <translation type="unfinished">Osoba do &amp;kontaktu:</translation>
        </message>
        <message>
            <source>&amp;Acknowledged within:</source>
            <translation type="unfinished">&amp;Potwierdzenie w ciągu:</translation>
        </message>
        <message>
            <source>How to complain to %1 directly: address, phone, email</source>
            <translation type="unfinished">Dane do skargi składanej bezpośrednio (%1): adres, telefon, e-mail</translation>
        </message>
        <message>
            <source>the council</source>
            <translation type="unfinished">samorząd</translation>
        </message>
        <message>
            <source>%1 (%2):</source>
            <translation type="unfinished">%1 (%2):</translation>
        </message>
        <message>
            <source>Council</source>
            <translation type="unfinished">Samorząd</translation>
        </message>
        <message>
            <source>&amp;Full answer within:</source>
            <translation type="unfinished">Pełna &amp;odpowiedź w ciągu:</translation>
        </message>
        <message>
            <source>Compla&amp;ints procedure…</source>
            <translation type="unfinished">Pro&amp;cedura składania skarg…</translation>
        </message>
    </context>
    <context>
        <name>waymark::AuditTrailModel</name>
        <message>
            <source>Created</source>
            <translation type="unfinished">Utworzono</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished">Zmieniono</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished">Zaimportowano</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished">Usunięto</translation>
        </message>
        <message>
            <source>Opened the record</source>
            <translation type="unfinished">Otwarto kartotekę</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation type="unfinished">Wydrukowano</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation type="unfinished">Wyeksportowano</translation>
        </message>
        <message>
            <source>Ran a report</source>
            <translation type="unfinished">Uruchomiono raport</translation>
        </message>
        <message>
            <source>Backed up</source>
            <translation type="unfinished">Wykonano kopię zapasową</translation>
        </message>
        <message>
            <source>Restored a backup</source>
            <translation type="unfinished">Przywrócono kopię zapasową</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation type="unfinished">Zalogowano</translation>
        </message>
        <message>
            <source>Sign-in refused</source>
            <translation type="unfinished">Odmowa logowania</translation>
        </message>
        <message>
            <source>Sign-in given</source>
            <translation type="unfinished">Nadano login</translation>
        </message>
        <message>
            <source>New passphrase set</source>
            <translation type="unfinished">Ustawiono nowe hasło</translation>
        </message>
        <message>
            <source>Sign-in removed</source>
            <translation type="unfinished">Usunięto login</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation type="unfinished">Zanonimizowano</translation>
        </message>
        <message>
            <source>Left this laptop's caseloads</source>
            <translation type="unfinished">Usunięto z list podopiecznych tego laptopa</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation type="unfinished">(usunięto)</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">Kiedy</translation>
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished">Kto</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished">Co</translation>
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished">Osoba</translation>
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished">Rekord</translation>
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished">Pole</translation>
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished">Przed</translation>
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished">Po</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation type="unfinished">Szczegóły</translation>
        </message>
    </context>
    <context>
        <name>waymark::AuditTrailView</name>
        <message>
            <source>Show &amp;older</source>
            <translation type="unfinished">Pokaż &amp;wcześniejsze</translation>
        </message>
        <message>
            <source>a sign-in name</source>
            <translation type="unfinished">nazwa loginu</translation>
        </message>
        <message>
            <source>a service user's name or id</source>
            <translation type="unfinished">imię i nazwisko lub identyfikator podopiecznego</translation>
        </message>
        <message>
            <source>any word: printed, exported, a field, a value</source>
            <translation type="unfinished">dowolne słowo: wydrukowano, wyeksportowano, pole, wartość</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation type="unfinished">Dziennik audytu</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation type="unfinished">&amp;Szukaj</translation>
        </message>
        <message>
            <source>Check the &amp;trail</source>
            <translation type="unfinished">Sprawdź &amp;dziennik</translation>
        </message>
        <message>
            <source>Checks that no entry has been changed or removed since it was written</source>
            <translation type="unfinished">Sprawdza, czy od zapisania żaden wpis nie został zmieniony ani usunięty</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation type="unfinished">&amp;Kto:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation type="unfinished">&amp;Osoba:</translation>
        </message>
        <message>
            <source>&amp;Containing:</source>
            <translation type="unfinished">&amp;Zawiera:</translation>
        </message>
        <message>
            <source>Every look at a person's record, every change, print, export and sign-in. Nobody can change or remove an entry without the check below finding it.</source>
            <translation type="unfinished">Każde wyświetlenie kartoteki osoby, każda zmiana, wydruk, eksport i logowanie. Nikt nie może zmienić ani usunąć wpisu tak, by poniższa kontrola tego nie wykryła.</translation>
        </message>
        <message>
            <source>No entry matches.</source>
            <translation type="unfinished">Żaden wpis nie pasuje.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries shown, newest first.</source>
            <translation type="unfinished">
                <numerusform>Wyświetlono %n wpis, od najnowszego.</numerusform>
                <numerusform>Wyświetlono %n wpisy, od najnowszego.</numerusform>
                <numerusform>Wyświetlono %n wpisów, od najnowszego.</numerusform>
            </translation>
        </message>
        <message>
            <source>The trail has been tampered with: %1</source>
            <translation type="unfinished">Dziennik został naruszony: %1</translation>
        </message>
        <message>
            <source>The trail holds together: no entry has been changed or removed.</source>
            <translation type="unfinished">Dziennik jest spójny: żaden wpis nie został zmieniony ani usunięty.</translation>
        </message>
    </context>
    <context>
        <name>waymark::BackgroundSync</name>
        <message>
            <source>Nothing was synced; this laptop's records are as they were. %1</source>
            <translation type="unfinished">Niczego nie zsynchronizowano; dane na tym laptopie pozostały bez zmian. %1</translation>
        </message>
    </context>
    <context>
        <name>waymark::BarChartView</name>
        <message>
            <source>No figures to show.</source>
            <translation type="unfinished">Brak danych do pokazania.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished">%1: %2</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation type="unfinished">%1. %2</translation>
        </message>
    </context>
    <context>
        <name>waymark::CaseloadModel</name>
        <message>
            <source>Referred</source>
            <translation type="unfinished">Po skierowaniu</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation type="unfinished">Rozpoczynanie</translation>
        </message>
        <message>
            <source>In support</source>
            <translation type="unfinished">We wsparciu</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished">Zakończone</translation>
        </message>
        <message>
            <source>Not in support</source>
            <translation type="unfinished">Bez wsparcia</translation>
        </message>
        <message>
            <source>Appointment %1</source>
            <translation type="unfinished">Wizyta %1</translation>
        </message>
        <message>
            <source>Decide on the referral</source>
            <translation type="unfinished">Rozpatrz skierowanie</translation>
        </message>
        <message>
            <source>Book an appointment</source>
            <translation type="unfinished">Umów wizytę</translation>
        </message>
        <message>
            <source>Open %1's record (Enter or double-click)</source>
            <translation type="unfinished">Otwórz kartotekę: %1 (Enter lub dwukrotne kliknięcie)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">Imię i nazwisko</translation>
        </message>
        <message>
            <source>Key worker</source>
            <translation type="unfinished">Opiekun prowadzący</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">Umowa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation type="unfinished">Data rozpoczęcia</translation>
        </message>
        <message>
            <source>Next action</source>
            <translation type="unfinished">Następne działanie</translation>
        </message>
    </context>
    <context>
        <name>waymark::CaseloadPage</name>
        <message>
            <source>Caseload</source>
            <translation type="unfinished">Lista podopiecznych</translation>
        </message>
        <message>
            <source>Search by name, key worker, contract or status</source>
            <translation type="unfinished">Szukaj według imienia i nazwiska, opiekuna prowadzącego, umowy lub statusu</translation>
        </message>
        <message>
            <source>Search the caseload</source>
            <translation type="unfinished">Przeszukaj listę podopiecznych</translation>
        </message>
        <message>
            <source>Filters the list as you type</source>
            <translation type="unfinished">Filtruje listę podczas pisania</translation>
        </message>
        <message>
            <source>The caseload was not read. Press F5 to read it.</source>
            <translation type="unfinished">Nie odczytano listy podopiecznych. Naciśnij F5, aby ją odczytać.</translation>
        </message>
        <message>
            <source>The caseload was not read.</source>
            <translation type="unfinished">Nie odczytano listy podopiecznych.</translation>
        </message>
        <message>
            <source>Reading the caseload…</source>
            <translation type="unfinished">Odczytywanie listy podopiecznych…</translation>
        </message>
        <message>
            <source>The caseload could not be read</source>
            <translation type="unfinished">Nie udało się odczytać listy podopiecznych</translation>
        </message>
        <message>
            <source>No one is on your caseload yet</source>
            <translation type="unfinished">Na Twojej liście podopiecznych nie ma jeszcze nikogo</translation>
        </message>
        <message>
            <source>People appear here when a team leader makes you the key worker of their support. The team's referrals are on the Referrals screen (Ctrl+3).</source>
            <translation type="unfinished">Osoby pojawiają się tutaj, gdy kierownik zespołu wyznaczy Cię na ich opiekuna prowadzącego. Skierowania zespołu są na ekranie Skierowania (Ctrl+3).</translation>
        </message>
        <message>
            <source>No one is on the caseload yet</source>
            <translation type="unfinished">Na liście podopiecznych nie ma jeszcze nikogo</translation>
        </message>
        <message>
            <source>Record the first referral on the Referrals screen (Ctrl+3, then Ctrl+N). A caseload kept elsewhere comes in with "waymark-cli import FILE.json"; "waymark-cli demo" fills a separate file with fictional people to try Waymark on.</source>
            <translation type="unfinished">Zapisz pierwsze skierowanie na ekranie Skierowania (Ctrl+3, a następnie Ctrl+N). Listę podopiecznych prowadzoną gdzie indziej można przenieść poleceniem "waymark-cli import FILE.json"; "waymark-cli demo" wypełnia osobny plik fikcyjnymi osobami, na których można wypróbować program Waymark.</translation>
        </message>
        <message>
            <source>No one matches "%1"</source>
            <translation type="unfinished">Nikt nie pasuje do "%1"</translation>
        </message>
        <message>
            <source>Check the spelling, search by part of a name, or clear the search to see everyone.</source>
            <translation type="unfinished">Sprawdź pisownię, szukaj według części imienia lub nazwiska albo wyczyść wyszukiwanie, aby zobaczyć wszystkich.</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation type="unfinished">
                <numerusform>%n osoba</numerusform>
                <numerusform>%n osoby</numerusform>
                <numerusform>%n osób</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 people</source>
            <translation type="unfinished">Osoby: %1 z %2</translation>
        </message>
        <message>
            <source>Still reading the caseload</source>
            <translation type="unfinished">Lista podopiecznych jest jeszcze odczytywana</translation>
        </message>
        <message>
            <source>The people matching "%1" will be shown when the whole caseload has been read.</source>
            <translation type="unfinished">Osoby pasujące do „%1” pojawią się, gdy cała lista podopiecznych zostanie odczytana.</translation>
        </message>
        <message numerus="yes">
            <source>The first %n shown; reading the rest…</source>
            <translation type="unfinished">
                <numerusform>Pokazano pierwszą %n osobę; odczytywanie reszty…</numerusform>
                <numerusform>Pokazano pierwsze %n osoby; odczytywanie reszty…</numerusform>
                <numerusform>Pokazano pierwszych %n osób; odczytywanie reszty…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>waymark::CaseloadStarView</name>
        <message>
            <source>Contract</source>
            <translation type="unfinished">Umowa</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation type="unfinished">Lista podopiecznych</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished">&amp;Drukuj…</translation>
        </message>
        <message>
            <source>&amp;Contract:</source>
            <translation type="unfinished">&amp;Umowa:</translation>
        </message>
        <message>
            <source>Case&amp;load:</source>
            <translation type="unfinished">&amp;Lista podopiecznych:</translation>
        </message>
        <message>
            <source>Distance travelled by area</source>
            <translation type="unfinished">Przebyta droga według obszarów</translation>
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished">Obszar</translation>
        </message>
        <message>
            <source>Periods</source>
            <translation type="unfinished">Okresy</translation>
        </message>
        <message>
            <source>Mean first</source>
            <translation type="unfinished">Średnia z pierwszych</translation>
        </message>
        <message>
            <source>Mean latest</source>
            <translation type="unfinished">Średnia z najnowszych</translation>
        </message>
        <message>
            <source>Mean change</source>
            <translation type="unfinished">Średnia zmiana</translation>
        </message>
        <message>
            <source>Stopped: the distance travelled was not worked out. Choose another contract, caseload or period to work it out.</source>
            <translation type="unfinished">Zatrzymano: przebyta droga nie została obliczona. Wybierz inną umowę, listę podopiecznych lub okres, aby ją obliczyć.</translation>
        </message>
        <message>
            <source>The whole team</source>
            <translation type="unfinished">Cały zespół</translation>
        </message>
        <message>
            <source>No contract uses a star: an administrator sets one in Admin.</source>
            <translation type="unfinished">Żadna umowa nie korzysta z gwiazdy: administrator ustawia ją w Administracji.</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished">Błąd: %1</translation>
        </message>
        <message>
            <source>the report was not read.</source>
            <translation type="unfinished">nie odczytano raportu.</translation>
        </message>
        <message>
            <source>Working out the distance travelled for %1…</source>
            <translation type="unfinished">Obliczanie przebytej drogi dla %1…</translation>
        </message>
        <message>
            <source>No support period in this period has two star assessments yet, so there is no distance travelled to show.</source>
            <translation type="unfinished">Żaden okres wsparcia w tym okresie nie ma jeszcze dwóch ocen Outcome Star, więc nie ma przebytej drogi do pokazania.</translation>
        </message>
        <message>
            <source>1 support period with two or more stars; mean total change %1 points.</source>
            <translation type="unfinished">1 okres wsparcia z co najmniej dwiema ocenami gwiazdy; średnia łączna zmiana: %1 pkt.</translation>
        </message>
        <message>
            <source>%1 support periods with two or more stars; mean total change %2 points.</source>
            <translation type="unfinished">Okresy wsparcia z co najmniej dwiema ocenami gwiazdy: %1; średnia łączna zmiana: %2 pkt.</translation>
        </message>
    </context>
    <context>
        <name>waymark::CaseworkForms</name>
        <message>
            <source>Choose</source>
            <translation type="unfinished">Wybierz</translation>
        </message>
        <message>
            <source>Change key worker</source>
            <translation type="unfinished">Zmiana opiekuna prowadzącego</translation>
        </message>
        <message>
            <source>The new key worker takes over the person's support from today; the change is kept in the history.</source>
            <translation type="unfinished">Nowy opiekun prowadzący przejmuje wsparcie osoby od dzisiaj; zmiana zostaje zachowana w historii.</translation>
        </message>
        <message>
            <source>&amp;Change key worker</source>
            <translation type="unfinished">&amp;Zmień opiekuna prowadzącego</translation>
        </message>
        <message>
            <source>&amp;Key worker:</source>
            <translation type="unfinished">&amp;Opiekun prowadzący:</translation>
        </message>
        <message>
            <source>Extend support</source>
            <translation type="unfinished">Przedłużenie wsparcia</translation>
        </message>
        <message>
            <source>Support may go past its maximum length only when the care practitioner or team agrees (T 1.9-1.10). Record who agreed, why, and until when.</source>
            <translation type="unfinished">Wsparcie może przekroczyć maksymalną długość tylko za zgodą specjalisty lub zespołu opieki (T 1.9-1.10). Zapisz, kto się zgodził, dlaczego i do kiedy.</translation>
        </message>
        <message>
            <source>&amp;Record extension</source>
            <translation type="unfinished">&amp;Zapisz przedłużenie</translation>
        </message>
        <message>
            <source>name and team, for example Dr Shah, CMHT</source>
            <translation type="unfinished">imię i nazwisko oraz zespół, na przykład dr Shah, CMHT</translation>
        </message>
        <message>
            <source>Support &amp;until:</source>
            <translation type="unfinished">Wsparcie &amp;do:</translation>
        </message>
        <message>
            <source>&amp;Agreed with:</source>
            <translation type="unfinished">&amp;Uzgodniono z:</translation>
        </message>
        <message>
            <source>Withdrawal review</source>
            <translation type="unfinished">Przegląd wycofania wsparcia</translation>
        </message>
        <message>
            <source>After repeated missed appointments (T 5.4.1), decide whether support continues or is withdrawn. Recording the review starts the count of missed appointments again.</source>
            <translation type="unfinished">Po powtarzających się nieobecnościach na wizytach (T 5.4.1) zdecyduj, czy wsparcie jest kontynuowane, czy wycofywane. Zapisanie przeglądu rozpoczyna liczenie nieobecności od nowa.</translation>
        </message>
        <message>
            <source>&amp;Record review</source>
            <translation type="unfinished">&amp;Zapisz przegląd</translation>
        </message>
        <message>
            <source>for example the team leader, with the person</source>
            <translation type="unfinished">na przykład kierownik zespołu wraz z osobą</translation>
        </message>
        <message>
            <source>&amp;Held on:</source>
            <translation type="unfinished">&amp;Data przeglądu:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation type="unfinished">D&amp;ecyzja:</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation type="unfinished">&amp;Kto podjął decyzję:</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation type="unfinished">&amp;Uzasadnienie:</translation>
        </message>
        <message>
            <source>Close support</source>
            <translation type="unfinished">Zamknięcie wsparcia</translation>
        </message>
        <message>
            <source>Record how support ended. Where the person went and the outcomes achieved are what the quarterly return counts, so every field is needed; choose "Not known" where you do not know.</source>
            <translation type="unfinished">Zapisz, jak zakończyło się wsparcie. Dokąd trafiła osoba i jakie osiągnięto rezultaty – to właśnie liczy sprawozdanie kwartalne, dlatego każde pole jest wymagane; jeśli czegoś nie wiesz, wybierz "Nieznane".</translation>
        </message>
        <message>
            <source>&amp;Close support</source>
            <translation type="unfinished">&amp;Zamknij wsparcie</translation>
        </message>
        <message>
            <source>The person is still vulnerable and was referred on</source>
            <translation type="unfinished">Osoba jest nadal szczególnie narażona i została skierowana dalej</translation>
        </message>
        <message>
            <source>the organisation referred on to</source>
            <translation type="unfinished">organizacja, do której skierowano dalej</translation>
        </message>
        <message>
            <source>Outcomes Framework</source>
            <translation type="unfinished">Outcomes Framework</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">Rezultat</translation>
        </message>
        <message>
            <source>Need identified</source>
            <translation type="unfinished">Stwierdzona potrzeba</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="unfinished">Osiągnięto</translation>
        </message>
        <message>
            <source>Support &amp;ended:</source>
            <translation type="unfinished">&amp;Koniec wsparcia:</translation>
        </message>
        <message>
            <source>&amp;Why it ended:</source>
            <translation type="unfinished">&amp;Powód zakończenia:</translation>
        </message>
        <message>
            <source>&amp;Planned departure:</source>
            <translation type="unfinished">Planowane &amp;odejście:</translation>
        </message>
        <message>
            <source>&amp;Lives now in:</source>
            <translation type="unfinished">Obecne &amp;miejsce zamieszkania:</translation>
        </message>
        <message>
            <source>&amp;Referred on to:</source>
            <translation type="unfinished">&amp;Skierowano dalej do:</translation>
        </message>
        <message>
            <source>&amp;Outcomes:</source>
            <translation type="unfinished">&amp;Rezultaty:</translation>
        </message>
        <message>
            <source>New case note</source>
            <translation type="unfinished">Nowa notatka</translation>
        </message>
        <message>
            <source>A note is dated now and signed by its author. It can be changed today; after today a correction is added instead.</source>
            <translation type="unfinished">Notatka jest opatrywana bieżącą datą i podpisem autora. Można ją zmienić dzisiaj; później zamiast tego dodaje się korektę.</translation>
        </message>
        <message>
            <source>&amp;Save note</source>
            <translation type="unfinished">&amp;Zapisz notatkę</translation>
        </message>
        <message>
            <source>&amp;Written by:</source>
            <translation type="unfinished">&amp;Autor:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation type="unfinished">&amp;Notatka:</translation>
        </message>
        <message>
            <source>Correct a case note</source>
            <translation type="unfinished">Korekta notatki</translation>
        </message>
        <message>
            <source>The note of %1 stays as it was written. The correction is a new note that points to it:

%2</source>
            <translation type="unfinished">Notatka z %1 pozostaje w pierwotnej postaci. Korekta to nowa notatka, która się do niej odwołuje:

%2</translation>
        </message>
        <message>
            <source>&amp;Save correction</source>
            <translation type="unfinished">&amp;Zapisz korektę</translation>
        </message>
        <message>
            <source>&amp;Correction:</source>
            <translation type="unfinished">&amp;Korekta:</translation>
        </message>
        <message>
            <source>Move an appointment</source>
            <translation type="unfinished">Przeniesienie wizyty</translation>
        </message>
        <message>
            <source>Book an appointment</source>
            <translation type="unfinished">Umawianie wizyty</translation>
        </message>
        <message>
            <source>Planned and attended hours count against the contract's weekly cap, Monday to Sunday.</source>
            <translation type="unfinished">Zaplanowane i odbyte godziny wliczają się do tygodniowego limitu umowy, od poniedziałku do niedzieli.</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation type="unfinished">&amp;Przenieś</translation>
        </message>
        <message>
            <source>&amp;Book</source>
            <translation type="unfinished">&amp;Umów</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished"> min</translation>
        </message>
        <message>
            <source>only when the week goes over the cap</source>
            <translation type="unfinished">tylko gdy w tygodniu przekroczono limit</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation type="unfinished">&amp;Kiedy:</translation>
        </message>
        <message>
            <source>&amp;How long:</source>
            <translation type="unfinished">&amp;Czas trwania:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished">&amp;Rodzaj:</translation>
        </message>
        <message>
            <source>This week:</source>
            <translation type="unfinished">Ten tydzień:</translation>
        </message>
        <message>
            <source>&amp;Reason for going over:</source>
            <translation type="unfinished">P&amp;owód przekroczenia:</translation>
        </message>
        <message>
            <source>%1 hours booked in this week (no weekly cap on this contract).</source>
            <translation type="unfinished">Godziny umówione w tym tygodniu: %1 (ta umowa nie ma tygodniowego limitu).</translation>
        </message>
        <message>
            <source>%1 of %2 hours: over the cap. Give the reason below to go ahead.</source>
            <translation type="unfinished">%1 z %2 godz.: przekroczono limit. Podaj poniżej powód, aby kontynuować.</translation>
        </message>
        <message>
            <source>%1 of %2 hours.</source>
            <translation type="unfinished">%1 z %2 godz.</translation>
        </message>
        <message>
            <source>Hospital stay</source>
            <translation type="unfinished">Pobyt w szpitalu</translation>
        </message>
        <message>
            <source>Leave "Still in hospital" ticked until the person is discharged.</source>
            <translation type="unfinished">Pozostaw zaznaczone pole "Nadal w szpitalu", dopóki osoba nie zostanie wypisana.</translation>
        </message>
        <message>
            <source>&amp;Save stay</source>
            <translation type="unfinished">&amp;Zapisz pobyt</translation>
        </message>
        <message>
            <source>Still in hospital</source>
            <translation type="unfinished">Nadal w szpitalu</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation type="unfinished">Nieznane</translation>
        </message>
        <message>
            <source>&amp;Admitted:</source>
            <translation type="unfinished">&amp;Przyjęto:</translation>
        </message>
        <message>
            <source>&amp;Discharged:</source>
            <translation type="unfinished">&amp;Wypisano:</translation>
        </message>
        <message>
            <source>&amp;Health:</source>
            <translation type="unfinished">&amp;Obszar zdrowia:</translation>
        </message>
        <message>
            <source>&amp;Planned admission:</source>
            <translation type="unfinished">Przyjęcie pl&amp;anowe:</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation type="unfinished">Skarga</translation>
        </message>
        <message>
            <source>A serious complaint must go to the commissioner's authorised officer at once (C 12): record the date you sent it.</source>
            <translation type="unfinished">Poważną skargę należy niezwłocznie przekazać upoważnionemu przedstawicielowi zleceniodawcy (C 12): zapisz datę jej wysłania.</translation>
        </message>
        <message>
            <source>&amp;Save complaint</source>
            <translation type="unfinished">&amp;Zapisz skargę</translation>
        </message>
        <message>
            <source>Sent to the commissioner's authorised officer today</source>
            <translation type="unfinished">Wysłano dziś do upoważnionego przedstawiciela zleceniodawcy</translation>
        </message>
        <message>
            <source>&amp;Received:</source>
            <translation type="unfinished">&amp;Otrzymano:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation type="unfinished">&amp;Nadawca:</translation>
        </message>
        <message>
            <source>&amp;What about:</source>
            <translation type="unfinished">&amp;Czego dotyczy:</translation>
        </message>
        <message>
            <source>Sent to the commissioner</source>
            <translation type="unfinished">Wysłanie do zleceniodawcy</translation>
        </message>
        <message>
            <source>The serious complaint received %1: when was it sent to the commissioner's authorised officer?</source>
            <translation type="unfinished">Poważna skarga otrzymana %1: kiedy wysłano ją do upoważnionego przedstawiciela zleceniodawcy?</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation type="unfinished">&amp;Zapisz</translation>
        </message>
        <message>
            <source>&amp;Sent on:</source>
            <translation type="unfinished">&amp;Data wysłania:</translation>
        </message>
        <message>
            <source>Complaint outcome</source>
            <translation type="unfinished">Wynik skargi</translation>
        </message>
        <message>
            <source>The complaint received %1: %2</source>
            <translation type="unfinished">Skarga otrzymana %1: %2</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished">&amp;Zapisz</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished">Zamknięta</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation type="unfinished">&amp;Wynik:</translation>
        </message>
        <message>
            <source>Incident or safeguarding concern</source>
            <translation type="unfinished">Incydent lub zgłoszenie dotyczące ochrony osoby</translation>
        </message>
        <message>
            <source>Serious untoward incidents and safeguarding concerns are reported to the commissioner; record the date when they are.</source>
            <translation type="unfinished">Poważne zdarzenia niepożądane i zgłoszenia dotyczące ochrony osób przekazuje się zleceniodawcy; gdy to nastąpi, zapisz datę.</translation>
        </message>
        <message>
            <source>Reported to the commissioner today</source>
            <translation type="unfinished">Zgłoszono dziś zleceniodawcy</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation type="unfinished">&amp;Powód:</translation>
        </message>
        <message>
            <source>Wi&amp;th:</source>
            <translation type="unfinished">&amp;Z kim:</translation>
        </message>
        <message>
            <source>Ser&amp;ious:</source>
            <translation type="unfinished">&amp;Poważna:</translation>
        </message>
        <message>
            <source>&amp;Closed on:</source>
            <translation type="unfinished">Zamknięta &amp;dnia:</translation>
        </message>
        <message>
            <source>What &amp;happened:</source>
            <translation type="unfinished">&amp;Co się stało:</translation>
        </message>
    </context>
    <context>
        <name>waymark::ChangeHistoryView</name>
        <message>
            <source>When</source>
            <translation type="unfinished">Kiedy</translation>
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished">Kto</translation>
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished">Rekord</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished">Co</translation>
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished">Przed</translation>
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished">Po</translation>
        </message>
        <message>
            <source>Changes to this person's records</source>
            <translation type="unfinished">Zmiany w danych tej osoby</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">Profil</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished">Skierowanie</translation>
        </message>
        <message>
            <source>Support period</source>
            <translation type="unfinished">Okres wsparcia</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation type="unfinished">Wizyta</translation>
        </message>
        <message>
            <source>Hospital stay</source>
            <translation type="unfinished">Pobyt w szpitalu</translation>
        </message>
        <message>
            <source>Outcome Star</source>
            <translation type="unfinished">Outcome Star</translation>
        </message>
        <message>
            <source>Outcome Star score</source>
            <translation type="unfinished">Wynik w Outcome Star</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">Rezultat</translation>
        </message>
        <message>
            <source>Support plan</source>
            <translation type="unfinished">Plan wsparcia</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished">Cel</translation>
        </message>
        <message>
            <source>Goal task</source>
            <translation type="unfinished">Zadanie w ramach celu</translation>
        </message>
        <message>
            <source>Plan review</source>
            <translation type="unfinished">Przegląd planu</translation>
        </message>
        <message>
            <source>Session attendance</source>
            <translation type="unfinished">Obecność na zajęciach</translation>
        </message>
        <message>
            <source>Withdrawal review</source>
            <translation type="unfinished">Przegląd wycofania wsparcia</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation type="unfinished">Skarga</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished">Incydent</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation type="unfinished">Notatka</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation type="unfinished">Zapisano</translation>
        </message>
        <message>
            <source>Imported, with their records, from</source>
            <translation type="unfinished">Zaimportowano, wraz z powiązanymi danymi, z</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished">Usunięto</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation type="unfinished">Przywrócono</translation>
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished">Dodano</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation type="unfinished">Usunięto</translation>
        </message>
    </context>
    <context>
        <name>waymark::ColumnNamedDelegate</name>
        <message>
            <source>%1, row %2</source>
            <translation type="unfinished">%1, wiersz %2</translation>
        </message>
    </context>
    <context>
        <name>waymark::DataQuality</name>
        <message>
            <source>Support ended %1</source>
            <translation type="unfinished">Wsparcie zakończone %1</translation>
        </message>
        <message>
            <source>where they moved to is not recorded</source>
            <translation type="unfinished">nie odnotowano, dokąd osoba się przeprowadziła</translation>
        </message>
        <message>
            <source>no outcomes recorded</source>
            <translation type="unfinished">nie odnotowano rezultatów</translation>
        </message>
        <message>
            <source>GP registration not known</source>
            <translation type="unfinished">nieznana rejestracja u lekarza rodzinnego</translation>
        </message>
        <message>
            <source>Where they live (tenure) not known</source>
            <translation type="unfinished">Nie wiadomo, gdzie osoba mieszka (forma zamieszkania)</translation>
        </message>
        <message>
            <source>Referral received %1 has no first contact recorded</source>
            <translation type="unfinished">Skierowanie otrzymane %1 nie ma odnotowanego pierwszego kontaktu</translation>
        </message>
        <message>
            <source>In hospital since %1 with no discharge recorded: more than a year</source>
            <translation type="unfinished">W szpitalu od %1 bez odnotowanego wypisu: ponad rok</translation>
        </message>
        <message>
            <source>Hospital stay from %1 overlaps the stay from %2: its nights count twice</source>
            <translation type="unfinished">Pobyt w szpitalu od %1 pokrywa się z pobytem od %2: jego noce są liczone podwójnie</translation>
        </message>
    </context>
    <context>
        <name>waymark::DataQualityDialog</name>
        <message>
            <source>Person</source>
            <translation type="unfinished">Osoba</translation>
        </message>
        <message>
            <source>What to check</source>
            <translation type="unfinished">Co sprawdzić</translation>
        </message>
        <message>
            <source>Figures it affects</source>
            <translation type="unfinished">Wskaźniki, których to dotyczy</translation>
        </message>
        <message>
            <source>Where to fix it</source>
            <translation type="unfinished">Gdzie to poprawić</translation>
        </message>
        <message>
            <source>Records to check before the return is sent</source>
            <translation type="unfinished">Rekordy do sprawdzenia przed wysłaniem sprawozdania</translation>
        </message>
        <message>
            <source>Check the data before sending</source>
            <translation type="unfinished">Sprawdź dane przed wysłaniem</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">Profil</translation>
        </message>
        <message>
            <source>Health</source>
            <translation type="unfinished">Zdrowie</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished">Rezultaty</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished">Skierowania</translation>
        </message>
        <message>
            <source>Not on record (%1)</source>
            <translation type="unfinished">Brak w bazie (%1)</translation>
        </message>
        <message>
            <source>None of this contract's figures</source>
            <translation type="unfinished">Żaden ze wskaźników tej umowy</translation>
        </message>
        <message>
            <source>Nothing to check: every record these figures read is complete.</source>
            <translation type="unfinished">Nie ma nic do sprawdzenia: wszystkie rekordy, z których korzystają te wskaźniki, są kompletne.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) to check before the return is sent. Double-click one to open the person's record where it is put right; the return is worked out again when you come back.</source>
            <translation type="unfinished">
                <numerusform>%n rekord do sprawdzenia przed wysłaniem sprawozdania. Kliknij go dwukrotnie, aby otworzyć kartotekę osoby w miejscu, gdzie można go poprawić; po powrocie sprawozdanie zostanie obliczone ponownie.</numerusform>
                <numerusform>%n rekordy do sprawdzenia przed wysłaniem sprawozdania. Kliknij dwukrotnie jeden z nich, aby otworzyć kartotekę osoby w miejscu, gdzie można go poprawić; po powrocie sprawozdanie zostanie obliczone ponownie.</numerusform>
                <numerusform>%n rekordów do sprawdzenia przed wysłaniem sprawozdania. Kliknij dwukrotnie jeden z nich, aby otworzyć kartotekę osoby w miejscu, gdzie można go poprawić; po powrocie sprawozdanie zostanie obliczone ponownie.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation type="unfinished">&amp;Otwórz rekord</translation>
        </message>
    </context>
    <context>
        <name>waymark::DeletedRecordService</name>
        <message>
            <source>This kind of record is corrected, not deleted, so that what happened stays readable.</source>
            <translation type="unfinished">Ten rodzaj rekordu się poprawia, a nie usuwa, aby przebieg zdarzeń pozostał czytelny.</translation>
        </message>
        <message>
            <source>seeing deleted records</source>
            <translation type="unfinished">przeglądanie usuniętych rekordów</translation>
        </message>
        <message>
            <source>restoring a deleted record</source>
            <translation type="unfinished">przywracanie usuniętego rekordu</translation>
        </message>
        <message>
            <source>This record cannot come back on its own: %1 is deleted too. Restore that first.</source>
            <translation type="unfinished">Tego rekordu nie można przywrócić osobno – usunięto również: %1. Najpierw przywróć tamto.</translation>
        </message>
    </context>
    <context>
        <name>waymark::DeletedRecordsView</name>
        <message>
            <source>Person</source>
            <translation type="unfinished">Osoba</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished">Skierowanie</translation>
        </message>
        <message>
            <source>Support period</source>
            <translation type="unfinished">Okres wsparcia</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation type="unfinished">Wizyta</translation>
        </message>
        <message>
            <source>Hospital stay</source>
            <translation type="unfinished">Pobyt w szpitalu</translation>
        </message>
        <message>
            <source>Outcome Star</source>
            <translation type="unfinished">Outcome Star</translation>
        </message>
        <message>
            <source>Support plan</source>
            <translation type="unfinished">Plan wsparcia</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished">Cel</translation>
        </message>
        <message>
            <source>Plan review</source>
            <translation type="unfinished">Przegląd planu</translation>
        </message>
        <message>
            <source>Withdrawal review</source>
            <translation type="unfinished">Przegląd wycofania wsparcia</translation>
        </message>
        <message>
            <source>Risk assessment</source>
            <translation type="unfinished">Ocena ryzyka</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation type="unfinished">Skarga</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation type="unfinished">Incydent</translation>
        </message>
        <message>
            <source>Case note</source>
            <translation type="unfinished">Notatka</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished">Usunięto</translation>
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished">Kto</translation>
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished">Co</translation>
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished">Szczegóły</translation>
        </message>
        <message>
            <source>Deleted records</source>
            <translation type="unfinished">Usunięte rekordy</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished">&amp;Przywróć</translation>
        </message>
        <message>
            <source>Puts the selected record back where it was; the audit trail keeps that you did</source>
            <translation type="unfinished">Przywraca zaznaczony rekord na jego miejsce; dziennik audytu odnotowuje to działanie</translation>
        </message>
        <message>
            <source>Nothing in Waymark is erased. A record deleted because it was entered by mistake leaves every list and return but stays here, with its history, until you restore it.</source>
            <translation type="unfinished">W programie Waymark nic nie jest wymazywane. Rekord usunięty, ponieważ wprowadzono go przez pomyłkę, znika ze wszystkich list i sprawozdań, ale pozostaje tutaj, wraz ze swoją historią, dopóki go nie przywrócisz.</translation>
        </message>
        <message>
            <source>No deleted records.</source>
            <translation type="unfinished">Brak usuniętych rekordów.</translation>
        </message>
        <message>
            <source>Deleted records: %1. Choose one to restore it.</source>
            <translation type="unfinished">Usunięte rekordy: %1. Wybierz jeden, aby go przywrócić.</translation>
        </message>
        <message>
            <source>%1 restored.</source>
            <translation type="unfinished">Przywrócono: %1.</translation>
        </message>
    </context>
    <context>
        <name>waymark::DiaryPage</name>
        <message>
            <source>Diary</source>
            <translation type="unfinished">Terminarz</translation>
        </message>
        <message>
            <source>Whose diary</source>
            <translation type="unfinished">Czyj terminarz</translation>
        </message>
        <message>
            <source>Day or week</source>
            <translation type="unfinished">Dzień lub tydzień</translation>
        </message>
        <message>
            <source>Week</source>
            <translation type="unfinished">Tydzień</translation>
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished">Dzień</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation type="unfinished">← &amp;Poprzedni</translation>
        </message>
        <message>
            <source>T&amp;oday</source>
            <translation type="unfinished">&amp;Dzisiaj</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation type="unfinished">&amp;Następny →</translation>
        </message>
        <message>
            <source>&amp;Book…</source>
            <translation type="unfinished">&amp;Umów…</translation>
        </message>
        <message>
            <source>Book an appointment with someone in support</source>
            <translation type="unfinished">Umów wizytę z osobą objętą wsparciem</translation>
        </message>
        <message>
            <source>E&amp;xport to calendar…</source>
            <translation type="unfinished">&amp;Eksportuj do kalendarza…</translation>
        </message>
        <message>
            <source>Save what is shown as an .ics file for Outlook or Thunderbird</source>
            <translation type="unfinished">Zapisz to, co jest wyświetlane, jako plik .ics dla programu Outlook lub Thunderbird</translation>
        </message>
        <message>
            <source>A&amp;ttended</source>
            <translation type="unfinished">&amp;Obecność</translation>
        </message>
        <message>
            <source>Did not &amp;attend</source>
            <translation type="unfinished">N&amp;ieobecność</translation>
        </message>
        <message>
            <source>Cancelled by the p&amp;erson</source>
            <translation type="unfinished">Odwołana przez o&amp;sobę</translation>
        </message>
        <message>
            <source>Cancel (&amp;us)</source>
            <translation type="unfinished">Odwołaj &amp;z naszej strony</translation>
        </message>
        <message>
            <source>&amp;Move…</source>
            <translation type="unfinished">P&amp;rzenieś…</translation>
        </message>
        <message>
            <source>Open &amp;record</source>
            <translation type="unfinished">Otwórz &amp;kartotekę</translation>
        </message>
        <message>
            <source>&amp;Letter…</source>
            <translation type="unfinished">&amp;List…</translation>
        </message>
        <message>
            <source>Print a letter to the person confirming this appointment</source>
            <translation type="unfinished">Wydrukuj list do osoby z potwierdzeniem tej wizyty</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation type="unfinished">Wizyty</translation>
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished">Godzina</translation>
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished">Osoba</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished">Rodzaj</translation>
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished">Czas trwania</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">Umowa</translation>
        </message>
        <message>
            <source>diary-%1.ics</source>
            <translation type="unfinished">terminarz-%1.ics</translation>
        </message>
        <message>
            <source>Export the diary</source>
            <translation type="unfinished">Eksportuj terminarz</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation type="unfinished">Pliki iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished">Wszyscy</translation>
        </message>
        <message>
            <source>Your diary</source>
            <translation type="unfinished">Twój terminarz</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation type="unfinished">Tydzień od %1</translation>
        </message>
        <message>
            <source>The diary could not be read</source>
            <translation type="unfinished">Nie udało się odczytać terminarza</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished">%1 min</translation>
        </message>
        <message>
            <source>%1: nothing booked</source>
            <translation type="unfinished">%1: nic nie umówiono</translation>
        </message>
        <message>
            <source>%1: 1 appointment, %2 hours</source>
            <translation type="unfinished">%1: 1 wizyta, %2 godz.</translation>
        </message>
        <message>
            <source>%1: %2 appointments, %3 hours</source>
            <translation type="unfinished">%1: liczba wizyt: %2, %3 godz.</translation>
        </message>
        <message>
            <source>  (today)</source>
            <translation type="unfinished">  (dzisiaj)</translation>
        </message>
        <message>
            <source>%1 hours planned or attended</source>
            <translation type="unfinished">Zaplanowane lub odbyte godziny: %1</translation>
        </message>
        <message>
            <source>Nothing booked</source>
            <translation type="unfinished">Nic nie umówiono</translation>
        </message>
        <message>
            <source>No appointments on this day. Book one from a person's record (Diary tab).</source>
            <translation type="unfinished">Brak wizyt w tym dniu. Umów wizytę z kartoteki osoby (karta Terminarz).</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">Nie odnotowano</translation>
        </message>
        <message>
            <source>No one to book</source>
            <translation type="unfinished">Nie ma z kim umówić wizyty</translation>
        </message>
        <message>
            <source>No one is in support today.</source>
            <translation type="unfinished">Dziś nikt nie jest objęty wsparciem.</translation>
        </message>
        <message>
            <source>Book an appointment</source>
            <translation type="unfinished">Umawianie wizyty</translation>
        </message>
        <message>
            <source>With whom:</source>
            <translation type="unfinished">Z kim:</translation>
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished">Zespół</translation>
        </message>
        <message>
            <source>%1, Waymark diary</source>
            <translation type="unfinished">%1, terminarz Waymark</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation type="unfinished">Nie wyeksportowano</translation>
        </message>
        <message>
            <source>Choose an appointment in the diary first.</source>
            <translation type="unfinished">Najpierw wybierz wizytę w terminarzu.</translation>
        </message>
    </context>
    <context>
        <name>waymark::EncryptedDatabase</name>
        <message>
            <source>%1 is already encrypted (its keys are beside it). Nothing was changed.</source>
            <translation type="unfinished">Plik %1 jest już zaszyfrowany (jego klucze są obok). Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>There is no database at %1.</source>
            <translation type="unfinished">W %1 nie ma bazy danych.</translation>
        </message>
        <message>
            <source>The encrypted copy of %1 did not check out (%2); the database is as it was.</source>
            <translation type="unfinished">Zaszyfrowana kopia %1 nie przeszła kontroli (%2); baza danych pozostała bez zmian.</translation>
        </message>
        <message>
            <source>%1 is in use by another program; close it and try again. Nothing was changed.</source>
            <translation type="unfinished">Plik %1 jest używany przez inny program; zamknij ten program i spróbuj ponownie. Niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>%1 could not be moved aside; nothing was changed.</source>
            <translation type="unfinished">Nie udało się odsunąć pliku %1 na bok; niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>The encrypted copy could not take the place of %1; the plain database is back as it was.</source>
            <translation type="unfinished">Zaszyfrowana kopia nie mogła zastąpić pliku %1; niezaszyfrowana baza danych jest z powrotem w poprzednim stanie.</translation>
        </message>
    </context>
    <context>
        <name>waymark::FieldMessages</name>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished">Błąd: %1</translation>
        </message>
        <message>
            <source>Check: %1</source>
            <translation type="unfinished">Sprawdź: %1</translation>
        </message>
    </context>
    <context>
        <name>waymark::FirstContactDialog</name>
        <message>
            <source>First contact</source>
            <translation type="unfinished">Pierwszy kontakt</translation>
        </message>
        <message>
            <source>When did you first speak to the person about this referral? It was received %1.</source>
            <translation type="unfinished">Kiedy po raz pierwszy rozmawiano z osobą o tym skierowaniu? Otrzymano je %1.</translation>
        </message>
        <message>
            <source>First &amp;contact:</source>
            <translation type="unfinished">Pierwszy &amp;kontakt:</translation>
        </message>
        <message>
            <source>&amp;Record first contact</source>
            <translation type="unfinished">&amp;Zapisz pierwszy kontakt</translation>
        </message>
        <message>
            <source>That time does not exist in London: the clocks went forward.</source>
            <translation type="unfinished">Ta godzina nie istnieje w Londynie: zegary przestawiono do przodu.</translation>
        </message>
    </context>
    <context>
        <name>waymark::FirstRunDialog</name>
        <message>
            <source>Welcome to Waymark</source>
            <translation type="unfinished">Witamy w programie Waymark</translation>
        </message>
        <message>
            <source>Waymark keeps its records encrypted on this computer. Set up your organisation and the administrator who adds staff and contracts. Choose a passphrase of at least %1 characters that you will remember: without it nobody, not even Waymark, can open the records.</source>
            <translation type="unfinished">Waymark przechowuje swoje dane na tym komputerze w postaci zaszyfrowanej. Skonfiguruj swoją organizację i administratora, który dodaje personel i umowy. Wybierz hasło mające co najmniej %1 znaków, które zapamiętasz: bez niego nikt, nawet Waymark, nie otworzy danych.</translation>
        </message>
        <message>
            <source>The database will be %1</source>
            <translation type="unfinished">Baza danych zostanie zapisana w %1</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished">Organizacja</translation>
        </message>
        <message>
            <source>Administrator's name</source>
            <translation type="unfinished">Nazwa administratora</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished">Hasło</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation type="unfinished">Powtórz hasło</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation type="unfinished">&amp;Organizacja:</translation>
        </message>
        <message>
            <source>Administrator's &amp;name:</source>
            <translation type="unfinished">&amp;Nazwa administratora:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished">&amp;Hasło:</translation>
        </message>
        <message>
            <source>Passphrase &amp;again:</source>
            <translation type="unfinished">&amp;Powtórz hasło:</translation>
        </message>
        <message>
            <source>&amp;Create the database</source>
            <translation type="unfinished">&amp;Utwórz bazę danych</translation>
        </message>
        <message>
            <source>Type the organisation's name.</source>
            <translation type="unfinished">Wpisz nazwę organizacji.</translation>
        </message>
        <message>
            <source>Type the name the administrator signs in with.</source>
            <translation type="unfinished">Wpisz nazwę, której administrator używa do logowania.</translation>
        </message>
        <message>
            <source>Type the passphrase again.</source>
            <translation type="unfinished">Wpisz hasło ponownie.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation type="unfinished">Hasła się różnią.</translation>
        </message>
    </context>
    <context>
        <name>waymark::FormDialog</name>
        <message>
            <source>Nothing was saved: correct the fields marked below.</source>
            <translation type="unfinished">Niczego nie zapisano: popraw zaznaczone poniżej pola.</translation>
        </message>
    </context>
    <context>
        <name>waymark::GoalDialog</name>
        <message>
            <source>New goal</source>
            <translation type="unfinished">Nowy cel</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished">Cel</translation>
        </message>
        <message>
            <source>Specific: what will be different</source>
            <translation type="unfinished">Konkretny: co się zmieni</translation>
        </message>
        <message>
            <source>Measurable: how you will both know</source>
            <translation type="unfinished">Mierzalny: po czym oboje to poznacie</translation>
        </message>
        <message>
            <source>Who does what: the person, the key worker, others</source>
            <translation type="unfinished">Kto co robi: osoba, opiekun prowadzący, inni</translation>
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished">Brak</translation>
        </message>
        <message>
            <source>Support tasks</source>
            <translation type="unfinished">Zadania wsparcia</translation>
        </message>
        <message>
            <source>other tasks, separated by semicolons</source>
            <translation type="unfinished">inne zadania, oddzielone średnikami</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation type="unfinished">&amp;Cel:</translation>
        </message>
        <message>
            <source>&amp;Measured by:</source>
            <translation type="unfinished">Sposób &amp;pomiaru:</translation>
        </message>
        <message>
            <source>&amp;Who does what:</source>
            <translation type="unfinished">&amp;Kto co robi:</translation>
        </message>
        <message>
            <source>&amp;Target date:</source>
            <translation type="unfinished">&amp;Termin docelowy:</translation>
        </message>
        <message>
            <source>&amp;Outcomes Framework:</source>
            <translation type="unfinished">&amp;Outcomes Framework:</translation>
        </message>
        <message>
            <source>Outcome Star &amp;area:</source>
            <translation type="unfinished">Obsz&amp;ar Outcome Star:</translation>
        </message>
        <message>
            <source>Ot&amp;her tasks:</source>
            <translation type="unfinished">&amp;Inne zadania:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation type="unfinished">&amp;Status:</translation>
        </message>
        <message>
            <source>Tas&amp;ks:</source>
            <translation type="unfinished">&amp;Zadania:</translation>
        </message>
    </context>
    <context>
        <name>waymark::KeyRing</name>
        <message>
            <source>The encryption library could not start.</source>
            <translation type="unfinished">Nie udało się uruchomić biblioteki szyfrującej.</translation>
        </message>
        <message>
            <source>An account needs a name to sign in with.</source>
            <translation type="unfinished">Konto musi mieć nazwę, której używa się do logowania.</translation>
        </message>
        <message>
            <source>The database key is not 32 bytes.</source>
            <translation type="unfinished">Klucz bazy danych nie ma 32 bajtów.</translation>
        </message>
        <message>
            <source>There is not enough memory to protect the passphrase.</source>
            <translation type="unfinished">Za mało pamięci, aby chronić hasło.</translation>
        </message>
        <message>
            <source>There is no account "%1".</source>
            <translation type="unfinished">Nie ma konta "%1".</translation>
        </message>
        <message>
            <source>"%1" is the only administrator: give someone else an administrator's account first.</source>
            <translation type="unfinished">"%1" to jedyny administrator: najpierw nadaj komuś innemu konto administratora.</translation>
        </message>
        <message>
            <source>The name or passphrase is not right.</source>
            <translation type="unfinished">Nieprawidłowa nazwa lub hasło.</translation>
        </message>
        <message>
            <source>This account is locked after %1 wrong passphrases in a row; try again after %2 (UTC), or ask the administrator.</source>
            <translation type="unfinished">To konto zostało zablokowane po %1 kolejnych błędnych próbach podania hasła; spróbuj ponownie po %2 (UTC) lub zwróć się do administratora.</translation>
        </message>
        <message>
            <source>The keys of %1 cannot be read (%2): without them the database cannot be opened.</source>
            <translation type="unfinished">Nie można odczytać kluczy %1 (%2): bez nich nie da się otworzyć bazy danych.</translation>
        </message>
        <message>
            <source>%1 is damaged or is not a Waymark key file; it was left untouched.</source>
            <translation type="unfinished">Plik %1 jest uszkodzony lub nie jest plikiem kluczy programu Waymark; pozostawiono go bez zmian.</translation>
        </message>
        <message>
            <source>The keys could not be saved to %1: %2</source>
            <translation type="unfinished">Nie udało się zapisać kluczy w %1: %2</translation>
        </message>
    </context>
    <context>
        <name>waymark::KpiCalculator</name>
        <message>
            <source>not recorded</source>
            <translation type="unfinished">nie odnotowano</translation>
        </message>
        <message>
            <source>Support %1 to %2</source>
            <translation type="unfinished">Wsparcie od %1 do %2</translation>
        </message>
        <message>
            <source>Support from %1, open</source>
            <translation type="unfinished">Wsparcie od %1, otwarte</translation>
        </message>
        <message>
            <source>identified %1, achieved %2</source>
            <translation type="unfinished">stwierdzono %1, osiągnięto %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished">brak</translation>
        </message>
        <message>
            <source>%1, %2, %3 min</source>
            <translation type="unfinished">%1, %2, %3 min</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished">Zarejestrowano</translation>
        </message>
        <message>
            <source>Registered with %1</source>
            <translation type="unfinished">Zarejestrowano w: %1</translation>
        </message>
        <message>
            <source>Enhanced CPA</source>
            <translation type="unfinished">CPA w trybie rozszerzonym</translation>
        </message>
        <message>
            <source>Admitted %1</source>
            <translation type="unfinished">Przyjęcie %1</translation>
        </message>
        <message>
            <source>Admitted %1, discharged %2</source>
            <translation type="unfinished">Przyjęcie %1, wypis %2</translation>
        </message>
        <message>
            <source>Admitted %1, not discharged</source>
            <translation type="unfinished">Przyjęcie %1, bez wypisu</translation>
        </message>
        <message>
            <source>Lives in: %1</source>
            <translation type="unfinished">Zakwaterowanie: %1</translation>
        </message>
        <message>
            <source>Moved on to: %1</source>
            <translation type="unfinished">Przeprowadzka do: %1</translation>
        </message>
        <message>
            <source>Received %1</source>
            <translation type="unfinished">Otrzymano %1</translation>
        </message>
        <message>
            <source>first contact %1</source>
            <translation type="unfinished">pierwszy kontakt %1</translation>
        </message>
        <message>
            <source>no first contact</source>
            <translation type="unfinished">brak pierwszego kontaktu</translation>
        </message>
        <message>
            <source>%1, %2 min</source>
            <translation type="unfinished">%1, %2 min</translation>
        </message>
        <message>
            <source>First support with this contract from %1</source>
            <translation type="unfinished">Pierwsze wsparcie w ramach tej umowy od %1</translation>
        </message>
        <message>
            <source>First befriending session in the period %1</source>
            <translation type="unfinished">Pierwsze spotkanie w ramach befriendingu w okresie %1</translation>
        </message>
    </context>
    <context>
        <name>waymark::KpiRecordsDialog</name>
        <message>
            <source>Person</source>
            <translation type="unfinished">Osoba</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">Data</translation>
        </message>
        <message>
            <source>Why it counts</source>
            <translation type="unfinished">Podstawa zaliczenia</translation>
        </message>
        <message>
            <source>In the numerator</source>
            <translation type="unfinished">W liczniku</translation>
        </message>
        <message>
            <source>People and records behind the figure</source>
            <translation type="unfinished">Osoby i wpisy składające się na wskaźnik</translation>
        </message>
        <message>
            <source>Group session</source>
            <translation type="unfinished">Sesja grupowa</translation>
        </message>
        <message>
            <source>Not on record (%1)</source>
            <translation type="unfinished">Brak w bazie (%1)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">Nie</translation>
        </message>
        <message>
            <source>Double-click a person to open their record.</source>
            <translation type="unfinished">Kliknij dwukrotnie osobę, aby otworzyć jej kartotekę.</translation>
        </message>
        <message>
            <source>%1 of %2 counted in the numerator. Double-click a person to open their record.</source>
            <translation type="unfinished">%1 z %2 wliczono do licznika. Kliknij dwukrotnie osobę, aby otworzyć jej kartotekę.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) behind this figure. Double-click a person to open their record.</source>
            <translation type="unfinished">
                <numerusform>Na ten wskaźnik składa się %n wpis. Kliknij dwukrotnie osobę, aby otworzyć jej kartotekę.</numerusform>
                <numerusform>Na ten wskaźnik składają się %n wpisy. Kliknij dwukrotnie osobę, aby otworzyć jej kartotekę.</numerusform>
                <numerusform>Na ten wskaźnik składa się %n wpisów. Kliknij dwukrotnie osobę, aby otworzyć jej kartotekę.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Open record</source>
            <translation type="unfinished">&amp;Otwórz kartotekę</translation>
        </message>
    </context>
    <context>
        <name>waymark::KpiReport</name>
        <message>
            <source>The return was cancelled before it was worked out.</source>
            <translation type="unfinished">Obliczanie sprawozdania anulowano przed jego zakończeniem.</translation>
        </message>
        <message>
            <source>The contract %1 has no KPI set, so it has no return.</source>
            <translation type="unfinished">Umowa %1 nie ma ustalonego zestawu KPI, więc nie ma dla niej sprawozdania.</translation>
        </message>
        <message>
            <source>The period starts after it ends.</source>
            <translation type="unfinished">Początek okresu jest późniejszy niż jego koniec.</translation>
        </message>
        <message>
            <source>There is no contract with the code %1.</source>
            <translation type="unfinished">Nie ma umowy o kodzie %1.</translation>
        </message>
    </context>
    <context>
        <name>waymark::KpiReturnModel</name>
        <message>
            <source>%1 days</source>
            <translation type="unfinished">%1 dni</translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation type="unfinished">%1 godz.</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation type="unfinished">%1 pkt</translation>
        </message>
        <message>
            <source>No target</source>
            <translation type="unfinished">Brak celu</translation>
        </message>
        <message>
            <source>No data</source>
            <translation type="unfinished">Brak danych</translation>
        </message>
        <message>
            <source>Met</source>
            <translation type="unfinished">Osiągnięty</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation type="unfinished">Nieosiągnięty</translation>
        </message>
        <message>
            <source>▲ Up</source>
            <translation type="unfinished">▲ Wzrost</translation>
        </message>
        <message>
            <source>▼ Down</source>
            <translation type="unfinished">▼ Spadek</translation>
        </message>
        <message>
            <source>= Same</source>
            <translation type="unfinished">= Bez zmian</translation>
        </message>
        <message>
            <source>Double-click to see the people and records behind this figure.</source>
            <translation type="unfinished">Kliknij dwukrotnie, aby zobaczyć osoby i wpisy składające się na ten wskaźnik.</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation type="unfinished">Wskaźnik</translation>
        </message>
        <message>
            <source>Numerator</source>
            <translation type="unfinished">Licznik</translation>
        </message>
        <message>
            <source>Denominator</source>
            <translation type="unfinished">Mianownik</translation>
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished">Wartość</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished">Cel</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation type="unfinished">Cel osiągnięty</translation>
        </message>
        <message>
            <source>Previous (%1)</source>
            <translation type="unfinished">Poprzednio (%1)</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation type="unfinished">Poprzednio</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation type="unfinished">Tendencja</translation>
        </message>
    </context>
    <context>
        <name>waymark::KpiReturnView</name>
        <message>
            <source>&amp;Work it out again</source>
            <translation type="unfinished">&amp;Oblicz ponownie</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished">&amp;Drukuj…</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">Umowa</translation>
        </message>
        <message>
            <source>&amp;Contract:</source>
            <translation type="unfinished">&amp;Umowa:</translation>
        </message>
        <message>
            <source>Everyone N counts: a support period of the contract in the period</source>
            <translation type="unfinished">Wszyscy wliczani do N: okres wsparcia w ramach umowy w wybranym okresie</translation>
        </message>
        <message>
            <source>Records that make a figure uncertain, to put right before the return is sent</source>
            <translation type="unfinished">Wpisy, przez które wskaźnik jest niepewny; należy je poprawić przed wysłaniem sprawozdania</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation type="unfinished">&amp;Zapisz jako…</translation>
        </message>
        <message>
            <source>Save the return as PDF, CSV or Excel</source>
            <translation type="unfinished">Zapisz sprawozdanie jako PDF, CSV lub Excel</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation type="unfinished">PDF…</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)…</source>
            <translation type="unfinished">Skoroszyt Excel (XLSX)…</translation>
        </message>
        <message>
            <source>CSV…</source>
            <translation type="unfinished">CSV…</translation>
        </message>
        <message>
            <source>Return figures</source>
            <translation type="unfinished">Wskaźniki sprawozdania</translation>
        </message>
        <message>
            <source>Double-click a figure, or press Enter on it, to see the people and records behind it.</source>
            <translation type="unfinished">Kliknij dwukrotnie wskaźnik lub naciśnij na nim Enter, aby zobaczyć osoby i wpisy, które się na niego składają.</translation>
        </message>
        <message>
            <source>Stopped: the return was not worked out. Choose another contract or period, or work it out again.</source>
            <translation type="unfinished">Zatrzymano: sprawozdania nie obliczono. Wybierz inną umowę lub okres albo oblicz je ponownie.</translation>
        </message>
        <message>
            <source>Show who</source>
            <translation type="unfinished">Pokaż osoby</translation>
        </message>
        <message>
            <source>Check the data</source>
            <translation type="unfinished">Sprawdź dane</translation>
        </message>
        <message>
            <source>No contract has a KPI set yet. An administrator sets one on the contract in Admin.</source>
            <translation type="unfinished">Żadna umowa nie ma jeszcze zestawu KPI. Administrator ustala go w umowie, w sekcji Administracja.</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose the dates again.</source>
            <translation type="unfinished">Początek okresu jest późniejszy niż jego koniec: wybierz daty ponownie.</translation>
        </message>
        <message>
            <source>The contract is no longer on record.</source>
            <translation type="unfinished">Tej umowy nie ma już w bazie.</translation>
        </message>
        <message>
            <source>Working out the return of %1 for %2…</source>
            <translation type="unfinished">Obliczanie sprawozdania dla %1 za %2…</translation>
        </message>
        <message>
            <source>The return could not be worked out.</source>
            <translation type="unfinished">Nie udało się obliczyć sprawozdania.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, %2. Service users (N): &lt;b&gt;%3&lt;/b&gt;. Targets met: %4, not met: %5.</source>
            <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt;, %2. Podopieczni (N): &lt;b&gt;%3&lt;/b&gt;. Cele osiągnięte: %4, nieosiągnięte: %5.</translation>
        </message>
        <message>
            <source>Show who (%1)</source>
            <translation type="unfinished">Pokaż osoby (%1)</translation>
        </message>
        <message>
            <source>Data check: nothing to fix</source>
            <translation type="unfinished">Kontrola danych: nic do poprawienia</translation>
        </message>
        <message numerus="yes">
            <source>Check the data: %n to look at</source>
            <translation type="unfinished">
                <numerusform>Sprawdź dane: do przejrzenia %n</numerusform>
                <numerusform>Sprawdź dane: do przejrzenia %n</numerusform>
                <numerusform>Sprawdź dane: do przejrzenia %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Service users (N): %1</source>
            <translation type="unfinished">Podopieczni (N): %1</translation>
        </message>
        <message>
            <source>There is no return to save yet.</source>
            <translation type="unfinished">Nie ma jeszcze sprawozdania do zapisania.</translation>
        </message>
        <message>
            <source>Save the return</source>
            <translation type="unfinished">Zapisz sprawozdanie</translation>
        </message>
    </context>
    <context>
        <name>waymark::LockScreen</name>
        <message>
            <source>Waymark is locked</source>
            <translation type="unfinished">Waymark jest zablokowany</translation>
        </message>
        <message>
            <source>Signed in to the team server as %1. Type your password to carry on where you were.</source>
            <translation type="unfinished">Zalogowano na serwerze zespołu jako %1. Wpisz hasło, aby wrócić do przerwanej pracy.</translation>
        </message>
        <message>
            <source>Signed in as %1. Type your passphrase to carry on where you were.</source>
            <translation type="unfinished">Zalogowano jako %1. Wpisz frazę hasła, aby wrócić do przerwanej pracy.</translation>
        </message>
        <message>
            <source>Team server password</source>
            <translation type="unfinished">Hasło serwera zespołu</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished">Fraza hasła</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation type="unfinished">&amp;Odblokuj</translation>
        </message>
        <message>
            <source>&amp;Close Waymark</source>
            <translation type="unfinished">&amp;Zamknij Waymark</translation>
        </message>
        <message>
            <source>Closes Waymark without unlocking: anything not saved is lost</source>
            <translation type="unfinished">Zamyka Waymark bez odblokowania: wszystko, czego nie zapisano, zostanie utracone</translation>
        </message>
    </context>
    <context>
        <name>waymark::MainWindow</name>
        <message>
            <source>Today</source>
            <translation type="unfinished">Dzisiaj</translation>
        </message>
        <message>
            <source>What needs your attention today</source>
            <translation type="unfinished">Co wymaga dziś Twojej uwagi</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation type="unfinished">Lista podopiecznych</translation>
        </message>
        <message>
            <source>Everyone the service supports</source>
            <translation type="unfinished">Wszystkie osoby wspierane przez służbę</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished">Skierowania</translation>
        </message>
        <message>
            <source>Referrals received and their decisions</source>
            <translation type="unfinished">Otrzymane skierowania i decyzje w ich sprawie</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation type="unfinished">Terminarz</translation>
        </message>
        <message>
            <source>Appointments by day and week</source>
            <translation type="unfinished">Wizyty według dni i tygodni</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished">Sesje</translation>
        </message>
        <message>
            <source>Group sessions and drop-in surgeries</source>
            <translation type="unfinished">Sesje grupowe i dyżury otwarte</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished">Raporty</translation>
        </message>
        <message>
            <source>Quarterly returns to the council</source>
            <translation type="unfinished">Sprawozdania kwartalne dla samorządu</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation type="unfinished">Administracja</translation>
        </message>
        <message>
            <source>Contracts, staff and templates</source>
            <translation type="unfinished">Umowy, personel i szablony</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished">Sekcje</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation type="unfinished">%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Demo database: every person in it is fictional. Do not record real people here.</source>
            <translation type="unfinished">Baza demonstracyjna: wszystkie osoby w niej są fikcyjne. Nie wprowadzaj tu danych prawdziwych osób.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished">&amp;Plik</translation>
        </message>
        <message>
            <source>&amp;Open another database…</source>
            <translation type="unfinished">&amp;Otwórz inną bazę danych…</translation>
        </message>
        <message>
            <source>Close this database and open a file or the team server instead</source>
            <translation type="unfinished">Zamknij tę bazę danych i otwórz zamiast niej plik lub serwer zespołu</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished">&amp;Zakończ</translation>
        </message>
        <message>
            <source>key worker</source>
            <translation type="unfinished">opiekun prowadzący</translation>
        </message>
        <message>
            <source>team leader</source>
            <translation type="unfinished">kierownik zespołu</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation type="unfinished">administrator</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2)</source>
            <translation type="unfinished">Zalogowano jako %1 (%2)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation type="unfinished">Zablokuj</translation>
        </message>
        <message>
            <source>Hide everything until you type your passphrase again (Ctrl+L)</source>
            <translation type="unfinished">Ukryj wszystko do czasu ponownego wpisania frazy hasła (Ctrl+L)</translation>
        </message>
        <message>
            <source>%1 (demo: fictional data)</source>
            <translation type="unfinished">%1 (demo: dane fikcyjne)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished">&amp;Język</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation type="unfinished">Jak w systemie (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished">Język</translation>
        </message>
        <message>
            <source>Waymark will be in %1 the next time it starts. Printed forms are in the language chosen when they are printed.</source>
            <translation type="unfinished">Po następnym uruchomieniu program Waymark będzie wyświetlany w języku: %1. Formularze są drukowane w języku wybranym podczas drukowania.</translation>
        </message>
    </context>
    <context>
        <name>waymark::OpenDatabaseDialog</name>
        <message>
            <source>A &amp;file on this computer</source>
            <translation type="unfinished">Plik na tym &amp;komputerze</translation>
        </message>
        <message>
            <source>The &amp;team server</source>
            <translation type="unfinished">&amp;Serwer zespołu</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished">&amp;Przeglądaj…</translation>
        </message>
        <message>
            <source>Open a Waymark database</source>
            <translation type="unfinished">Otwórz bazę danych Waymark</translation>
        </message>
        <message>
            <source>Opened before</source>
            <translation type="unfinished">Wcześniej otwierane</translation>
        </message>
        <message>
            <source>(choose one opened before)</source>
            <translation type="unfinished">(wybierz jedną z wcześniej otwieranych)</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation type="unfinished">Plik bazy danych</translation>
        </message>
        <message>
            <source>The database file, such as waymark.db</source>
            <translation type="unfinished">Plik bazy danych, np. waymark.db</translation>
        </message>
        <message>
            <source>Team server's address</source>
            <translation type="unfinished">Adres serwera zespołu</translation>
        </message>
        <message>
            <source>Team server password</source>
            <translation type="unfinished">Hasło serwera zespołu</translation>
        </message>
        <message>
            <source>Empty if this computer keeps it</source>
            <translation type="unfinished">Puste, jeśli hasło jest zapisane na tym komputerze</translation>
        </message>
        <message>
            <source>A key worker's laptop keeps its own encrypted file and syncs it with the team server. At the office you can work on the team server itself: its address and password come from your administrator.</source>
            <translation type="unfinished">Laptop opiekuna prowadzącego przechowuje własny zaszyfrowany plik i synchronizuje go z serwerem zespołu. W biurze można pracować bezpośrednio na serwerze zespołu: jego adres i hasło przekazuje administrator.</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation type="unfinished">P&amp;lik:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished">&amp;Adres:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished">&amp;Hasło:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished">&amp;Otwórz</translation>
        </message>
        <message>
            <source>Open a Waymark database file</source>
            <translation type="unfinished">Otwórz plik bazy danych Waymark</translation>
        </message>
        <message>
            <source>Waymark databases (*.db);;All files (*)</source>
            <translation type="unfinished">Bazy danych Waymark (*.db);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Choose a file or the team server.</source>
            <translation type="unfinished">Wybierz plik lub serwer zespołu.</translation>
        </message>
        <message>
            <source>Type the database file's name, or Browse for it.</source>
            <translation type="unfinished">Wpisz nazwę pliku bazy danych lub wskaż go przyciskiem Przeglądaj.</translation>
        </message>
        <message>
            <source>There is no file at %1.</source>
            <translation type="unfinished">W lokalizacji %1 nie ma pliku.</translation>
        </message>
        <message>
            <source>Type the team server's address, as your administrator gave it.</source>
            <translation type="unfinished">Wpisz adres serwera zespołu w postaci podanej przez administratora.</translation>
        </message>
        <message>
            <source>A team server's address starts postgresql://, such as postgresql://you@server.example.org/waymark.</source>
            <translation type="unfinished">Adres serwera zespołu zaczyna się od postgresql://, np. postgresql://you@server.example.org/waymark.</translation>
        </message>
        <message>
            <source>&amp;Recently opened:</source>
            <translation type="unfinished">Ostatnio ot&amp;wierane:</translation>
        </message>
    </context>
    <context>
        <name>waymark::OutputsView</name>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished">&amp;Drukuj…</translation>
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished">Grupa</translation>
        </message>
        <message>
            <source>Outputs by group</source>
            <translation type="unfinished">Wyniki według grup</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">Umowa</translation>
        </message>
        <message>
            <source>Broken down by</source>
            <translation type="unfinished">Podział według</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished">Płeć</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation type="unfinished">Przedział wiekowy</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation type="unfinished">Pochodzenie etniczne</translation>
        </message>
        <message>
            <source>Figure the charts show</source>
            <translation type="unfinished">Wartość pokazywana na wykresach</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation type="unfinished">&amp;Zapisz jako…</translation>
        </message>
        <message>
            <source>Save the management information as PDF, CSV or Excel</source>
            <translation type="unfinished">Zapisz informacje zarządcze jako PDF, CSV lub Excel</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation type="unfinished">PDF…</translation>
        </message>
        <message>
            <source>Excel workbook (XLSX)…</source>
            <translation type="unfinished">Skoroszyt Excel (XLSX)…</translation>
        </message>
        <message>
            <source>CSV…</source>
            <translation type="unfinished">CSV…</translation>
        </message>
        <message>
            <source>Bars per group</source>
            <translation type="unfinished">Słupki według grup</translation>
        </message>
        <message>
            <source>Bars per period</source>
            <translation type="unfinished">Słupki według okresów</translation>
        </message>
        <message>
            <source>&amp;Contract:</source>
            <translation type="unfinished">&amp;Umowa:</translation>
        </message>
        <message>
            <source>&amp;Broken down by:</source>
            <translation type="unfinished">&amp;Podział według:</translation>
        </message>
        <message>
            <source>C&amp;hart:</source>
            <translation type="unfinished">&amp;Wykres:</translation>
        </message>
        <message>
            <source>Stopped: the figures were not worked out. Choose another contract, period or breakdown to work them out.</source>
            <translation type="unfinished">Zatrzymano: danych nie obliczono. Wybierz inną umowę, okres lub podział, aby je obliczyć.</translation>
        </message>
        <message>
            <source>There is no contract yet: an administrator adds one in Admin.</source>
            <translation type="unfinished">Nie ma jeszcze żadnej umowy: administrator dodaje ją w sekcji Administracja.</translation>
        </message>
        <message>
            <source>The period starts after it ends: choose the dates again.</source>
            <translation type="unfinished">Początek okresu jest późniejszy niż jego koniec: wybierz daty ponownie.</translation>
        </message>
        <message>
            <source>Working out the figures for %1…</source>
            <translation type="unfinished">Obliczanie danych dla %1…</translation>
        </message>
        <message>
            <source>The figures could not be worked out.</source>
            <translation type="unfinished">Nie udało się obliczyć danych.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, %2. Everyone: %3 service users, %4 new, %5 contact hours, %6 places taken at sessions. Printed and saved copies show groups of fewer than 5 people as "&amp;lt;5".</source>
            <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt;, %2. Łącznie: podopieczni – %3, nowi – %4, godziny kontaktu – %5, zajęte miejsca na sesjach – %6. Na wydrukach i zapisanych kopiach grupy liczące mniej niż 5 osób są pokazywane jako "&amp;lt;5".</translation>
        </message>
        <message>
            <source>%1 by group</source>
            <translation type="unfinished">%1 według grup</translation>
        </message>
        <message>
            <source>%1 by period</source>
            <translation type="unfinished">%1 według okresów</translation>
        </message>
        <message>
            <source>There is nothing to save yet.</source>
            <translation type="unfinished">Nie ma jeszcze nic do zapisania.</translation>
        </message>
        <message>
            <source>Save the management information</source>
            <translation type="unfinished">Zapisz informacje zarządcze</translation>
        </message>
        <message>
            <source>The figures show here once they are worked out.</source>
            <translation type="unfinished">Dane pojawią się tutaj, gdy zostaną obliczone.</translation>
        </message>
    </context>
    <context>
        <name>waymark::PassphraseRules</name>
        <message>
            <source>A passphrase needs at least %1 characters; a few words you will remember make a good one.</source>
            <translation type="unfinished">Fraza hasła musi mieć co najmniej %1 znaków; dobrze sprawdza się kilka słów, które łatwo zapamiętać.</translation>
        </message>
        <message>
            <source>That passphrase is one of the first anyone would try; choose another.</source>
            <translation type="unfinished">Tę frazę hasła każdy wypróbowałby jako jedną z pierwszych; wybierz inną.</translation>
        </message>
        <message>
            <source>A passphrase of one character repeated is too easy to guess; choose another.</source>
            <translation type="unfinished">Frazę hasła złożoną z jednego powtórzonego znaku zbyt łatwo odgadnąć; wybierz inną.</translation>
        </message>
    </context>
    <context>
        <name>waymark::PeriodChooser</name>
        <message>
            <source>Period</source>
            <translation type="unfinished">Okres</translation>
        </message>
        <message>
            <source>Other dates</source>
            <translation type="unfinished">Inne daty</translation>
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">Od</translation>
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished">Do</translation>
        </message>
        <message>
            <source>Peri&amp;od:</source>
            <translation type="unfinished">Ok&amp;res:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation type="unfinished">&amp;Od:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation type="unfinished">&amp;Do:</translation>
        </message>
    </context>
    <context>
        <name>waymark::PersonRecordView</name>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">Nie</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">Nie odnotowano</translation>
        </message>
        <message>
            <source>&amp;Edit profile…</source>
            <translation type="unfinished">&amp;Edytuj profil…</translation>
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation type="unfinished">Dodaj &amp;notatkę…</translation>
        </message>
        <message>
            <source>← Caseload</source>
            <translation type="unfinished">← Lista podopiecznych</translation>
        </message>
        <message>
            <source>Back to the caseload (Alt+Left)</source>
            <translation type="unfinished">Wróć do listy podopiecznych (Alt+Strzałka w lewo)</translation>
        </message>
        <message>
            <source>Back to the caseload</source>
            <translation type="unfinished">Wróć do listy podopiecznych</translation>
        </message>
        <message>
            <source>Parts of the record</source>
            <translation type="unfinished">Części kartoteki</translation>
        </message>
        <message>
            <source>Change the person's details, health and equality monitoring</source>
            <translation type="unfinished">Zmień dane osoby, informacje o zdrowiu i monitorowanie równości</translation>
        </message>
        <message>
            <source>New &amp;referral…</source>
            <translation type="unfinished">Nowe &amp;skierowanie…</translation>
        </message>
        <message>
            <source>Record a new referral for this person</source>
            <translation type="unfinished">Zarejestruj nowe skierowanie dla tej osoby</translation>
        </message>
        <message>
            <source>Write a case note on the open support period</source>
            <translation type="unfinished">Napisz notatkę do otwartego okresu wsparcia</translation>
        </message>
        <message>
            <source>&amp;Support</source>
            <translation type="unfinished">&amp;Wsparcie</translation>
        </message>
        <message>
            <source>Support period actions</source>
            <translation type="unfinished">Działania dotyczące okresu wsparcia</translation>
        </message>
        <message>
            <source>Change &amp;key worker…</source>
            <translation type="unfinished">Zmień &amp;opiekuna prowadzącego…</translation>
        </message>
        <message>
            <source>&amp;Extend support…</source>
            <translation type="unfinished">&amp;Przedłuż wsparcie…</translation>
        </message>
        <message>
            <source>&amp;Withdrawal review…</source>
            <translation type="unfinished">Przegląd &amp;wycofania wsparcia…</translation>
        </message>
        <message>
            <source>&amp;Close support…</source>
            <translation type="unfinished">&amp;Zakończ wsparcie…</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation type="unfinished">&amp;Drukuj</translation>
        </message>
        <message>
            <source>Print a form</source>
            <translation type="unfinished">Drukuj formularz</translation>
        </message>
        <message>
            <source>Support plan, risk assessment, referral summary or appointment letter, on A4</source>
            <translation type="unfinished">Plan wsparcia, ocena ryzyka, podsumowanie skierowania lub list z terminem wizyty, na papierze A4</translation>
        </message>
        <message>
            <source>Support &amp;plan…</source>
            <translation type="unfinished">&amp;Plan wsparcia…</translation>
        </message>
        <message>
            <source>&amp;Risk assessment…</source>
            <translation type="unfinished">&amp;Ocena ryzyka…</translation>
        </message>
        <message>
            <source>Re&amp;ferral summary…</source>
            <translation type="unfinished">Podsumowanie &amp;skierowania…</translation>
        </message>
        <message>
            <source>&amp;Appointment letter…</source>
            <translation type="unfinished">&amp;List z terminem wizyty…</translation>
        </message>
        <message>
            <source>&amp;Complaints procedure…</source>
            <translation type="unfinished">Pro&amp;cedura składania skarg…</translation>
        </message>
        <message>
            <source>%1 is not in support: there is no open support period.</source>
            <translation type="unfinished">Osoba %1 nie jest objęta wsparciem: nie ma otwartego okresu wsparcia.</translation>
        </message>
        <message>
            <source>Key worker, extension, withdrawal review, closure</source>
            <translation type="unfinished">Opiekun prowadzący, przedłużenie, przegląd wycofania wsparcia, zakończenie</translation>
        </message>
        <message>
            <source>No one is shown.</source>
            <translation type="unfinished">Nie wyświetlono żadnej osoby.</translation>
        </message>
        <message>
            <source>Not on your caseload</source>
            <translation type="unfinished">Nie ma na Twojej liście podopiecznych</translation>
        </message>
        <message>
            <source>Record not found</source>
            <translation type="unfinished">Nie znaleziono kartoteki</translation>
        </message>
        <message>
            <source>No one with this id is on the caseload; the record may have been deleted.</source>
            <translation type="unfinished">Na liście podopiecznych nie ma osoby o tym identyfikatorze; kartoteka mogła zostać usunięta.</translation>
        </message>
        <message>
            <source>Record not shown</source>
            <translation type="unfinished">Nie wyświetlono kartoteki</translation>
        </message>
        <message>
            <source>Born %1 (age %2)</source>
            <translation type="unfinished">Data urodzenia: %1 (wiek: %2)</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation type="unfinished">%1 od %2</translation>
        </message>
        <message>
            <source>%1, ended %2</source>
            <translation type="unfinished">%1, zakończono %2</translation>
        </message>
        <message>
            <source>Key worker: %1</source>
            <translation type="unfinished">Opiekun prowadzący: %1</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">Profil</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation type="unfinished">Ryzyko</translation>
        </message>
        <message>
            <source>Support plan</source>
            <translation type="unfinished">Plan wsparcia</translation>
        </message>
        <message>
            <source>Diary</source>
            <translation type="unfinished">Terminarz</translation>
        </message>
        <message>
            <source>Outcome Star</source>
            <translation type="unfinished">Outcome Star</translation>
        </message>
        <message>
            <source>Health</source>
            <translation type="unfinished">Zdrowie</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished">Rezultaty</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished">Notatki</translation>
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished">Historia</translation>
        </message>
        <message>
            <source>%1 (age %2)</source>
            <translation type="unfinished">%1 (wiek: %2)</translation>
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished">Dane osobowe</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation type="unfinished">Preferowane imię</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation type="unfinished">Imię</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation type="unfinished">Nazwisko</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished">Data urodzenia</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished">Kontakt</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">Adres</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation type="unfinished">Kod pocztowy</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished">Telefon</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation type="unfinished">Zakwaterowanie</translation>
        </message>
        <message>
            <source>Where they live now</source>
            <translation type="unfinished">Obecne miejsce zamieszkania</translation>
        </message>
        <message>
            <source>Health and care</source>
            <translation type="unfinished">Zdrowie i opieka</translation>
        </message>
        <message>
            <source>NHS number</source>
            <translation type="unfinished">Numer NHS</translation>
        </message>
        <message>
            <source>GP</source>
            <translation type="unfinished">Lekarz rodzinny (GP)</translation>
        </message>
        <message>
            <source>GP practice</source>
            <translation type="unfinished">Przychodnia lekarza rodzinnego</translation>
        </message>
        <message>
            <source>Care Programme Approach</source>
            <translation type="unfinished">Care Programme Approach</translation>
        </message>
        <message>
            <source>Equality monitoring</source>
            <translation type="unfinished">Monitorowanie równości</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished">Płeć</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation type="unfinished">Pochodzenie etniczne</translation>
        </message>
        <message>
            <source>Religion</source>
            <translation type="unfinished">Wyznanie</translation>
        </message>
        <message>
            <source>Sexual orientation</source>
            <translation type="unfinished">Orientacja seksualna</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation type="unfinished">Niepełnosprawność</translation>
        </message>
        <message>
            <source>First language</source>
            <translation type="unfinished">Język ojczysty</translation>
        </message>
        <message>
            <source>Interpreter needed</source>
            <translation type="unfinished">Potrzebny tłumacz</translation>
        </message>
        <message>
            <source>The support plan could not be read</source>
            <translation type="unfinished">Nie udało się odczytać planu wsparcia</translation>
        </message>
        <message>
            <source>&amp;Write the support plan…</source>
            <translation type="unfinished">&amp;Napisz plan wsparcia…</translation>
        </message>
        <message>
            <source>&amp;Continue the draft plan…</source>
            <translation type="unfinished">&amp;Kontynuuj wersję roboczą planu…</translation>
        </message>
        <message>
            <source>The plan on A4 with lines for signatures</source>
            <translation type="unfinished">Plan na papierze A4 z miejscem na podpisy</translation>
        </message>
        <message>
            <source>No support plan yet</source>
            <translation type="unfinished">Brak planu wsparcia</translation>
        </message>
        <message>
            <source>Write it with the person after the assessment of need and risk; it is reviewed every 12 weeks.</source>
            <translation type="unfinished">Przygotuj go wspólnie z osobą po ocenie potrzeb i ryzyka; jego przegląd odbywa się co 12 tygodni.</translation>
        </message>
        <message>
            <source>A support plan is written once the person is in support.</source>
            <translation type="unfinished">Plan wsparcia przygotowuje się, gdy osoba zostanie objęta wsparciem.</translation>
        </message>
        <message>
            <source>Support plan agreed %1</source>
            <translation type="unfinished">Plan wsparcia uzgodniony %1</translation>
        </message>
        <message>
            <source>Support plan (not yet agreed with the person)</source>
            <translation type="unfinished">Plan wsparcia (jeszcze nieuzgodniony z osobą)</translation>
        </message>
        <message>
            <source>Next review due %1</source>
            <translation type="unfinished">Następny przegląd: %1</translation>
        </message>
        <message>
            <source>Needs arising from who the person is</source>
            <translation type="unfinished">Potrzeby wynikające z tożsamości osoby</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished">Cele</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished">Cel</translation>
        </message>
        <message>
            <source>How progress is measured</source>
            <translation type="unfinished">Sposób mierzenia postępów</translation>
        </message>
        <message>
            <source>Who does what</source>
            <translation type="unfinished">Kto co robi</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation type="unfinished">Termin realizacji</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished">Rezultat</translation>
        </message>
        <message>
            <source>Star area</source>
            <translation type="unfinished">Obszar gwiazdy</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation type="unfinished">Zadania</translation>
        </message>
        <message>
            <source>No goals are written in this plan yet.</source>
            <translation type="unfinished">W tym planie nie ma jeszcze żadnych celów.</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation type="unfinished">Przeglądy</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation type="unfinished">Data przeglądu</translation>
        </message>
        <message>
            <source>Who took part</source>
            <translation type="unfinished">Uczestnicy</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished">Podsumowanie</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation type="unfinished">Następny przegląd</translation>
        </message>
        <message>
            <source>This plan has not been reviewed yet.</source>
            <translation type="unfinished">Ten plan nie był jeszcze poddany przeglądowi.</translation>
        </message>
        <message>
            <source>Earlier versions of the plan</source>
            <translation type="unfinished">Wcześniejsze wersje planu</translation>
        </message>
        <message>
            <source>Agreed %1</source>
            <translation type="unfinished">Uzgodniono %1</translation>
        </message>
        <message>
            <source>Draft, never agreed</source>
            <translation type="unfinished">Wersja robocza, nigdy nieuzgodniona</translation>
        </message>
        <message>
            <source>The plan review is saved. Now review the risks with the person: change what has changed, remove what no longer applies and add anything new. Cancel if you will review them another time.</source>
            <translation type="unfinished">Przegląd planu został zapisany. Teraz przejrzyj z osobą ocenę ryzyka: zmień to, co się zmieniło, usuń to, co już nie dotyczy, i dodaj wszystko, co nowe. Wybierz Anuluj, jeśli przejrzysz ją innym razem.</translation>
        </message>
        <message>
            <source>&amp;Book appointment…</source>
            <translation type="unfinished">&amp;Umów wizytę…</translation>
        </message>
        <message>
            <source>Book an appointment in the open support period</source>
            <translation type="unfinished">Umów wizytę w otwartym okresie wsparcia</translation>
        </message>
        <message>
            <source>Appointments are booked in an open support period.</source>
            <translation type="unfinished">Wizyty umawia się w otwartym okresie wsparcia.</translation>
        </message>
        <message>
            <source>A&amp;ttended</source>
            <translation type="unfinished">&amp;Obecność</translation>
        </message>
        <message>
            <source>Cancelled by &amp;us</source>
            <translation type="unfinished">Odwołana przez na&amp;s</translation>
        </message>
        <message>
            <source>The diary could not be read</source>
            <translation type="unfinished">Nie udało się odczytać terminarza</translation>
        </message>
        <message>
            <source>No appointments yet</source>
            <translation type="unfinished">Brak wizyt</translation>
        </message>
        <message>
            <source>Book the first one with "Book appointment".</source>
            <translation type="unfinished">Umów pierwszą przyciskiem "Umów wizytę".</translation>
        </message>
        <message>
            <source>Appointments are booked once the person is accepted into support.</source>
            <translation type="unfinished">Wizyty umawia się po przyjęciu osoby do wsparcia.</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">Kiedy</translation>
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished">Czas trwania</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished">Rodzaj</translation>
        </message>
        <message>
            <source>With</source>
            <translation type="unfinished">Z kim</translation>
        </message>
        <message>
            <source>Reason for going over the weekly hours</source>
            <translation type="unfinished">Powód przekroczenia tygodniowego limitu godzin</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation type="unfinished">Wizyty</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished">%1 min</translation>
        </message>
        <message>
            <source>Group sessions and drop-ins</source>
            <translation type="unfinished">Sesje grupowe i dyżury otwarte</translation>
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished">Sesja</translation>
        </message>
        <message>
            <source>Came</source>
            <translation type="unfinished">Obecność</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation type="unfinished">Omówione sprawy</translation>
        </message>
        <message>
            <source>Group sessions</source>
            <translation type="unfinished">Sesje grupowe</translation>
        </message>
        <message numerus="yes">
            <source> (%n minutes)</source>
            <translation type="unfinished">
                <numerusform> (%n minuta)</numerusform>
                <numerusform> (%n minuty)</numerusform>
                <numerusform> (%n minut)</numerusform>
            </translation>
        </message>
        <message>
            <source>The Outcome Star could not be read</source>
            <translation type="unfinished">Nie udało się odczytać Outcome Star</translation>
        </message>
        <message>
            <source>No Outcome Star</source>
            <translation type="unfinished">Brak Outcome Star</translation>
        </message>
        <message>
            <source>The contract has no star template: an administrator sets one in Admin.</source>
            <translation type="unfinished">Umowa nie ma szablonu gwiazdy: administrator ustala go w sekcji Administracja.</translation>
        </message>
        <message>
            <source>The star is scored while the person is in support.</source>
            <translation type="unfinished">Gwiazdę ocenia się, gdy osoba jest objęta wsparciem.</translation>
        </message>
        <message>
            <source>this hospital stay</source>
            <translation type="unfinished">ten pobyt w szpitalu</translation>
        </message>
        <message>
            <source>this complaint</source>
            <translation type="unfinished">tę skargę</translation>
        </message>
        <message>
            <source>this incident</source>
            <translation type="unfinished">to zdarzenie</translation>
        </message>
        <message>
            <source>Delete an entry made by mistake</source>
            <translation type="unfinished">Usuń wpis wprowadzony przez pomyłkę</translation>
        </message>
        <message>
            <source>Delete %1 from %2's record? Do this only if it was entered by mistake: it leaves the record and the returns. The administrator can restore it.</source>
            <translation type="unfinished">Usunąć %1 z kartoteki osoby %2? Rób to tylko wtedy, gdy wpis wprowadzono przez pomyłkę: zniknie on z kartoteki i ze sprawozdań. Administrator może go przywrócić.</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation type="unfinished">Nie usunięto</translation>
        </message>
        <message>
            <source>Registration and care</source>
            <translation type="unfinished">Rejestracja i opieka</translation>
        </message>
        <message>
            <source>Only for an entry made by mistake: it leaves this record and the returns, and the administrator can restore it</source>
            <translation type="unfinished">Tylko dla wpisu wprowadzonego przez pomyłkę: zniknie on z tej kartoteki i ze sprawozdań, a administrator może go przywrócić</translation>
        </message>
        <message>
            <source>Hospital stays</source>
            <translation type="unfinished">Pobyty w szpitalu</translation>
        </message>
        <message>
            <source>Record &amp;hospital stay…</source>
            <translation type="unfinished">Zarejestruj &amp;pobyt w szpitalu…</translation>
        </message>
        <message>
            <source>None recorded. Admissions and nights in hospital are counted in the quarterly return.</source>
            <translation type="unfinished">Brak wpisów. Przyjęcia do szpitala i noce spędzone w szpitalu są liczone w sprawozdaniu kwartalnym.</translation>
        </message>
        <message>
            <source>Admitted</source>
            <translation type="unfinished">Przyjęcie</translation>
        </message>
        <message>
            <source>Discharged</source>
            <translation type="unfinished">Wypis</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished">Planowy</translation>
        </message>
        <message>
            <source>Still in hospital</source>
            <translation type="unfinished">Nadal w szpitalu</translation>
        </message>
        <message>
            <source>Delete the stay…</source>
            <translation type="unfinished">Usuń pobyt…</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation type="unfinished">Skargi</translation>
        </message>
        <message>
            <source>Record &amp;complaint…</source>
            <translation type="unfinished">Zarejestruj &amp;skargę…</translation>
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished">Otrzymano</translation>
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">Od kogo</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation type="unfinished">Poważna</translation>
        </message>
        <message>
            <source>Sent to the commissioner</source>
            <translation type="unfinished">Przekazano zleceniodawcy</translation>
        </message>
        <message>
            <source>Double-click a complaint to record when it was sent, or its outcome</source>
            <translation type="unfinished">Kliknij dwukrotnie skargę, aby zapisać, kiedy ją przekazano, lub jej rozstrzygnięcie</translation>
        </message>
        <message>
            <source>Not yet: send it at once</source>
            <translation type="unfinished">Jeszcze nie: przekaż ją niezwłocznie</translation>
        </message>
        <message>
            <source>Delete the complaint…</source>
            <translation type="unfinished">Usuń skargę…</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation type="unfinished">Brak wpisów.</translation>
        </message>
        <message>
            <source>Incidents and safeguarding</source>
            <translation type="unfinished">Zdarzenia i ochrona przed krzywdzeniem</translation>
        </message>
        <message>
            <source>Record &amp;incident…</source>
            <translation type="unfinished">Zarejestruj &amp;zdarzenie…</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished">Co się stało</translation>
        </message>
        <message>
            <source>Reported to the commissioner</source>
            <translation type="unfinished">Zgłoszono zleceniodawcy</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation type="unfinished">Zdarzenia</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished">Jeszcze nie</translation>
        </message>
        <message>
            <source>Delete the incident…</source>
            <translation type="unfinished">Usuń zdarzenie…</translation>
        </message>
        <message>
            <source>The outcomes could not be read</source>
            <translation type="unfinished">Nie udało się odczytać rezultatów</translation>
        </message>
        <message>
            <source>No outcomes recorded</source>
            <translation type="unfinished">Brak zapisanych rezultatów</translation>
        </message>
        <message>
            <source>For each support period, record the Outcomes Framework needs identified and, when support ends, whether each was achieved.</source>
            <translation type="unfinished">Dla każdego okresu wsparcia zapisz potrzeby stwierdzone według Outcomes Framework, a po zakończeniu wsparcia – czy w każdej z nich osiągnięto rezultat.</translation>
        </message>
        <message>
            <source>Need identified</source>
            <translation type="unfinished">Stwierdzona potrzeba</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="unfinished">Osiągnięto</translation>
        </message>
        <message>
            <source>Outcomes Framework</source>
            <translation type="unfinished">Outcomes Framework</translation>
        </message>
        <message>
            <source>Not yet known</source>
            <translation type="unfinished">Jeszcze nie wiadomo</translation>
        </message>
        <message>
            <source>The notes could not be read</source>
            <translation type="unfinished">Nie udało się odczytać notatek</translation>
        </message>
        <message>
            <source>No case notes yet</source>
            <translation type="unfinished">Brak notatek</translation>
        </message>
        <message>
            <source>Case notes written about this person's support appear here, the latest first.</source>
            <translation type="unfinished">Tutaj pojawiają się notatki dotyczące wsparcia tej osoby, od najnowszych.</translation>
        </message>
        <message>
            <source>Case notes</source>
            <translation type="unfinished">Notatki</translation>
        </message>
        <message>
            <source>Correction to the note of %1</source>
            <translation type="unfinished">Korekta notatki z %1</translation>
        </message>
        <message>
            <source>A later note corrects this one.</source>
            <translation type="unfinished">Tę notatkę koryguje późniejsza notatka.</translation>
        </message>
        <message>
            <source>Correct this note</source>
            <translation type="unfinished">Skoryguj tę notatkę</translation>
        </message>
        <message>
            <source>Changes, the latest first</source>
            <translation type="unfinished">Zmiany, od najnowszych</translation>
        </message>
        <message>
            <source>No changes recorded yet. Every change to this person's records will be listed here, with who made it and when.</source>
            <translation type="unfinished">Nie zapisano jeszcze żadnych zmian. Każda zmiana w kartotece tej osoby będzie tu wymieniona wraz z informacją, kto i kiedy jej dokonał.</translation>
        </message>
        <message>
            <source>Support periods</source>
            <translation type="unfinished">Okresy wsparcia</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">Umowa</translation>
        </message>
        <message>
            <source>Key worker</source>
            <translation type="unfinished">Opiekun prowadzący</translation>
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished">Rozpoczęcie</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation type="unfinished">Zakończenie</translation>
        </message>
        <message>
            <source>End reason</source>
            <translation type="unfinished">Powód zakończenia</translation>
        </message>
        <message>
            <source>Planned departure</source>
            <translation type="unfinished">Planowe zakończenie</translation>
        </message>
        <message>
            <source>Moved to</source>
            <translation type="unfinished">Przeprowadzka do</translation>
        </message>
        <message>
            <source>Extended until</source>
            <translation type="unfinished">Przedłużono do</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">Otwarty</translation>
        </message>
        <message>
            <source>Not yet accepted into support.</source>
            <translation type="unfinished">Jeszcze nie przyjęto do wsparcia.</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished">Skierowania</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">Źródło</translation>
        </message>
        <message>
            <source>Referrer</source>
            <translation type="unfinished">Osoba kierująca</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation type="unfinished">Pierwszy kontakt</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished">Decyzja</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">Powód</translation>
        </message>
        <message>
            <source>No referrals recorded.</source>
            <translation type="unfinished">Brak zarejestrowanych skierowań.</translation>
        </message>
        <message>
            <source>Re&amp;view the plan…</source>
            <translation type="unfinished">&amp;Przeprowadź przegląd planu…</translation>
        </message>
        <message>
            <source>Pr&amp;int the plan…</source>
            <translation type="unfinished">&amp;Drukuj plan…</translation>
        </message>
        <message>
            <source>Did not &amp;attend</source>
            <translation type="unfinished">N&amp;ieobecność</translation>
        </message>
        <message>
            <source>Cance&amp;lled by the person</source>
            <translation type="unfinished">Odwołana przez &amp;podopiecznego</translation>
        </message>
    </context>
    <context>
        <name>waymark::ProfileDialog</name>
        <message>
            <source>Edit profile</source>
            <translation type="unfinished">Edytuj profil</translation>
        </message>
        <message>
            <source>for example 14/03/1980</source>
            <translation type="unfinished">np. 14/03/1980</translation>
        </message>
        <message>
            <source>ten digits, for example 943 476 5919</source>
            <translation type="unfinished">dziesięć cyfr, np. 943 476 5919</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation type="unfinished">Nie pytano</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">Nie odnotowano</translation>
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished">Dane osobowe</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation type="unfinished">&amp;Imię:</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation type="unfinished">Nazwi&amp;sko:</translation>
        </message>
        <message>
            <source>Prefers to be &amp;called:</source>
            <translation type="unfinished">&amp;Preferowane imię:</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation type="unfinished">&amp;Data urodzenia:</translation>
        </message>
        <message>
            <source>Contact and housing</source>
            <translation type="unfinished">Kontakt i zakwaterowanie</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished">&amp;Adres:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation type="unfinished">Tele&amp;fon:</translation>
        </message>
        <message>
            <source>&amp;Lives in:</source>
            <translation type="unfinished">&amp;Zakwaterowanie:</translation>
        </message>
        <message>
            <source>Health and care</source>
            <translation type="unfinished">Zdrowie i opieka</translation>
        </message>
        <message>
            <source>&amp;NHS number:</source>
            <translation type="unfinished">N&amp;umer NHS:</translation>
        </message>
        <message>
            <source>Registered with a G&amp;P:</source>
            <translation type="unfinished">Zapis do &amp;lekarza rodzinnego:</translation>
        </message>
        <message>
            <source>GP p&amp;ractice:</source>
            <translation type="unfinished">P&amp;rzychodnia lekarza rodzinnego:</translation>
        </message>
        <message>
            <source>Equality monitoring (every question may be answered "Prefer not to say")</source>
            <translation type="unfinished">Monitorowanie równości (na każde pytanie można odpowiedzieć "Wolę nie odpowiadać")</translation>
        </message>
        <message>
            <source>G&amp;ender:</source>
            <translation type="unfinished">Pł&amp;eć:</translation>
        </message>
        <message>
            <source>E&amp;thnicity:</source>
            <translation type="unfinished">Poc&amp;hodzenie etniczne:</translation>
        </message>
        <message>
            <source>Rel&amp;igion:</source>
            <translation type="unfinished">&amp;Wyznanie:</translation>
        </message>
        <message>
            <source>Se&amp;xual orientation:</source>
            <translation type="unfinished">&amp;Orientacja seksualna:</translation>
        </message>
        <message>
            <source>&amp;Disability:</source>
            <translation type="unfinished">&amp;Niepełnosprawność:</translation>
        </message>
        <message>
            <source>First lang&amp;uage:</source>
            <translation type="unfinished">&amp;Język ojczysty:</translation>
        </message>
        <message>
            <source>Write the date as day/month/year, for example 14/03/1980.</source>
            <translation type="unfinished">Wpisz datę w formacie dzień/miesiąc/rok, np. 14/03/1980.</translation>
        </message>
        <message>
            <source>The profile was not saved: correct the fields marked below.</source>
            <translation type="unfinished">Profilu nie zapisano: popraw pola oznaczone poniżej.</translation>
        </message>
        <message>
            <source>Postc&amp;ode:</source>
            <translation type="unfinished">&amp;Kod pocztowy:</translation>
        </message>
        <message>
            <source>Care Progra&amp;mme Approach:</source>
            <translation type="unfinished">&amp;Care Programme Approach:</translation>
        </message>
        <message>
            <source>Interpreter needed:</source>
            <translation type="unfinished">Potrzebny tłumacz:</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReadingBar</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Anuluj</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished">Postęp</translation>
        </message>
        <message>
            <source>Stop reading; nothing is changed</source>
            <translation type="unfinished">Przerwij odczyt; nic nie zostanie zmienione</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReferenceCodes</name>
        <message>
            <source>Care trust</source>
            <translation type="unfinished">Care trust (NHS – zdrowie i opieka społeczna)</translation>
        </message>
        <message>
            <source>Citizens Advice</source>
            <translation type="unfinished">Citizens Advice (porady obywatelskie)</translation>
        </message>
        <message>
            <source>Health</source>
            <translation type="unfinished">Służba zdrowia</translation>
        </message>
        <message>
            <source>Housing department</source>
            <translation type="unfinished">Wydział mieszkaniowy (samorząd)</translation>
        </message>
        <message>
            <source>Self-referral</source>
            <translation type="unfinished">Zgłoszenie własne</translation>
        </message>
        <message>
            <source>Social services</source>
            <translation type="unfinished">Pomoc społeczna</translation>
        </message>
        <message>
            <source>Probation</source>
            <translation type="unfinished">Służba kuratorska (probacja)</translation>
        </message>
        <message>
            <source>Other agency</source>
            <translation type="unfinished">Inna instytucja</translation>
        </message>
        <message>
            <source>Camden mental health team (CMHT)</source>
            <translation type="unfinished">Zespół zdrowia psychicznego Camden (CMHT)</translation>
        </message>
        <message>
            <source>GP</source>
            <translation type="unfinished">GP</translation>
        </message>
        <message>
            <source>Housing worker</source>
            <translation type="unfinished">Pracownik ds. mieszkaniowych</translation>
        </message>
        <message>
            <source>Voluntary sector organisation</source>
            <translation type="unfinished">Organizacja pozarządowa</translation>
        </message>
        <message>
            <source>Other health professional</source>
            <translation type="unfinished">Inny pracownik ochrony zdrowia</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation type="unfinished">Oczekuje na decyzję</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation type="unfinished">Przyjęte</translation>
        </message>
        <message>
            <source>Signposted</source>
            <translation type="unfinished">Wskazano inną pomoc</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation type="unfinished">Nieprzyjęte</translation>
        </message>
        <message>
            <source>Support period completed</source>
            <translation type="unfinished">Okres wsparcia zakończony</translation>
        </message>
        <message>
            <source>Unwilling to engage / failed to meet three times</source>
            <translation type="unfinished">Brak chęci współpracy / trzy nieodbyte spotkania</translation>
        </message>
        <message>
            <source>Risk to staff unmanageable</source>
            <translation type="unfinished">Ryzyko dla personelu niemożliwe do opanowania</translation>
        </message>
        <message>
            <source>Review found a different service needed</source>
            <translation type="unfinished">Przegląd wykazał potrzebę innej usługi</translation>
        </message>
        <message>
            <source>Review found no further service needed</source>
            <translation type="unfinished">Przegląd wykazał, że dalsze wsparcie nie jest potrzebne</translation>
        </message>
        <message>
            <source>Moved out of area</source>
            <translation type="unfinished">Przeprowadzka poza obszar</translation>
        </message>
        <message>
            <source>Died</source>
            <translation type="unfinished">Zgon</translation>
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished">Inne</translation>
        </message>
        <message>
            <source>Owner occupier</source>
            <translation type="unfinished">Własne mieszkanie</translation>
        </message>
        <message>
            <source>Private rented</source>
            <translation type="unfinished">Najem prywatny</translation>
        </message>
        <message>
            <source>Council tenancy</source>
            <translation type="unfinished">Najem mieszkania od samorządu</translation>
        </message>
        <message>
            <source>Housing association tenancy</source>
            <translation type="unfinished">Najem od stowarzyszenia mieszkaniowego (housing association)</translation>
        </message>
        <message>
            <source>Sheltered housing</source>
            <translation type="unfinished">Mieszkanie z opieką (sheltered housing)</translation>
        </message>
        <message>
            <source>Supported housing (long term)</source>
            <translation type="unfinished">Mieszkanie wspierane (długoterminowo)</translation>
        </message>
        <message>
            <source>With family or friends (long term)</source>
            <translation type="unfinished">U rodziny lub znajomych (długoterminowo)</translation>
        </message>
        <message>
            <source>Mobile home</source>
            <translation type="unfinished">Dom mobilny</translation>
        </message>
        <message>
            <source>Supported housing (short term)</source>
            <translation type="unfinished">Mieszkanie wspierane (krótkoterminowo)</translation>
        </message>
        <message>
            <source>Temporary accommodation</source>
            <translation type="unfinished">Zakwaterowanie tymczasowe</translation>
        </message>
        <message>
            <source>Bed and breakfast</source>
            <translation type="unfinished">Bed and breakfast (pokój tymczasowy)</translation>
        </message>
        <message>
            <source>Direct access hostel</source>
            <translation type="unfinished">Hostel bez skierowania (direct access)</translation>
        </message>
        <message>
            <source>Sofa surfing</source>
            <translation type="unfinished">Tymczasowe nocowanie u znajomych</translation>
        </message>
        <message>
            <source>Rough sleeping</source>
            <translation type="unfinished">Spanie na ulicy</translation>
        </message>
        <message>
            <source>Residential care</source>
            <translation type="unfinished">Placówka opiekuńcza</translation>
        </message>
        <message>
            <source>Nursing home</source>
            <translation type="unfinished">Dom opieki pielęgniarskiej</translation>
        </message>
        <message>
            <source>Psychiatric hospital</source>
            <translation type="unfinished">Szpital psychiatryczny</translation>
        </message>
        <message>
            <source>General hospital</source>
            <translation type="unfinished">Szpital ogólny</translation>
        </message>
        <message>
            <source>Custody</source>
            <translation type="unfinished">Areszt lub więzienie</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation type="unfinished">Nieznane</translation>
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished">Kobieta</translation>
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished">Mężczyzna</translation>
        </message>
        <message>
            <source>Non-binary</source>
            <translation type="unfinished">Osoba niebinarna</translation>
        </message>
        <message>
            <source>Prefer not to say</source>
            <translation type="unfinished">Wolę nie podawać</translation>
        </message>
        <message>
            <source>White: English, Welsh, Scottish, Northern Irish or British</source>
            <translation type="unfinished">Biała: angielska, walijska, szkocka, północnoirlandzka lub brytyjska</translation>
        </message>
        <message>
            <source>White: Irish</source>
            <translation type="unfinished">Biała: irlandzka</translation>
        </message>
        <message>
            <source>White: Gypsy or Irish Traveller</source>
            <translation type="unfinished">Biała: Gypsy lub Irish Traveller (społeczności wędrowne)</translation>
        </message>
        <message>
            <source>White: Roma</source>
            <translation type="unfinished">Biała: romska</translation>
        </message>
        <message>
            <source>White: any other White background</source>
            <translation type="unfinished">Biała: inne białe pochodzenie</translation>
        </message>
        <message>
            <source>Mixed: White and Black Caribbean</source>
            <translation type="unfinished">Mieszana: biała i czarna karaibska</translation>
        </message>
        <message>
            <source>Mixed: White and Black African</source>
            <translation type="unfinished">Mieszana: biała i czarna afrykańska</translation>
        </message>
        <message>
            <source>Mixed: White and Asian</source>
            <translation type="unfinished">Mieszana: biała i azjatycka</translation>
        </message>
        <message>
            <source>Mixed: any other Mixed or multiple ethnic background</source>
            <translation type="unfinished">Mieszana: inne mieszane lub wielorakie pochodzenie etniczne</translation>
        </message>
        <message>
            <source>Asian: Indian</source>
            <translation type="unfinished">Azjatycka: indyjska</translation>
        </message>
        <message>
            <source>Asian: Pakistani</source>
            <translation type="unfinished">Azjatycka: pakistańska</translation>
        </message>
        <message>
            <source>Asian: Bangladeshi</source>
            <translation type="unfinished">Azjatycka: bangladeska</translation>
        </message>
        <message>
            <source>Asian: Chinese</source>
            <translation type="unfinished">Azjatycka: chińska</translation>
        </message>
        <message>
            <source>Asian: any other Asian background</source>
            <translation type="unfinished">Azjatycka: inne azjatyckie pochodzenie</translation>
        </message>
        <message>
            <source>Black: African</source>
            <translation type="unfinished">Czarna: afrykańska</translation>
        </message>
        <message>
            <source>Black: Caribbean</source>
            <translation type="unfinished">Czarna: karaibska</translation>
        </message>
        <message>
            <source>Black: any other Black, Black British or Caribbean background</source>
            <translation type="unfinished">Czarna: inne pochodzenie czarne, czarne brytyjskie lub karaibskie</translation>
        </message>
        <message>
            <source>Other ethnic group: Arab</source>
            <translation type="unfinished">Inna grupa etniczna: arabska</translation>
        </message>
        <message>
            <source>Other ethnic group: any other ethnic group</source>
            <translation type="unfinished">Inna grupa etniczna: dowolna inna</translation>
        </message>
        <message>
            <source>No religion</source>
            <translation type="unfinished">Bez wyznania</translation>
        </message>
        <message>
            <source>Christian</source>
            <translation type="unfinished">Chrześcijaństwo</translation>
        </message>
        <message>
            <source>Buddhist</source>
            <translation type="unfinished">Buddyzm</translation>
        </message>
        <message>
            <source>Hindu</source>
            <translation type="unfinished">Hinduizm</translation>
        </message>
        <message>
            <source>Jewish</source>
            <translation type="unfinished">Judaizm</translation>
        </message>
        <message>
            <source>Muslim</source>
            <translation type="unfinished">Islam</translation>
        </message>
        <message>
            <source>Sikh</source>
            <translation type="unfinished">Sikhizm</translation>
        </message>
        <message>
            <source>Any other religion</source>
            <translation type="unfinished">Inna religia</translation>
        </message>
        <message>
            <source>Heterosexual or straight</source>
            <translation type="unfinished">Orientacja heteroseksualna</translation>
        </message>
        <message>
            <source>Gay or lesbian</source>
            <translation type="unfinished">Gej lub lesbijka</translation>
        </message>
        <message>
            <source>Bisexual</source>
            <translation type="unfinished">Orientacja biseksualna</translation>
        </message>
        <message>
            <source>Other sexual orientation</source>
            <translation type="unfinished">Inna orientacja seksualna</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">Nie</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished">Zarejestrowany(-a)</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation type="unfinished">Niezarejestrowany(-a)</translation>
        </message>
        <message>
            <source>Enhanced CPA</source>
            <translation type="unfinished">Rozszerzony CPA</translation>
        </message>
        <message>
            <source>Standard CPA</source>
            <translation type="unfinished">Standardowy CPA</translation>
        </message>
        <message>
            <source>Not on CPA</source>
            <translation type="unfinished">Bez CPA</translation>
        </message>
        <message>
            <source>Key worker</source>
            <translation type="unfinished">Opiekun prowadzący</translation>
        </message>
        <message>
            <source>Team leader</source>
            <translation type="unfinished">Kierownik zespołu</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation type="unfinished">Administrator</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation type="unfinished">Wizyta domowa</translation>
        </message>
        <message>
            <source>Drop-in surgery</source>
            <translation type="unfinished">Dyżur bez umawiania</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation type="unfinished">Rozmowa telefoniczna</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation type="unfinished">Rozmowa wideo</translation>
        </message>
        <message>
            <source>Office</source>
            <translation type="unfinished">W biurze</translation>
        </message>
        <message>
            <source>Outreach</source>
            <translation type="unfinished">Spotkanie w terenie</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished">Zaplanowane</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation type="unfinished">Odbyło się</translation>
        </message>
        <message>
            <source>Did not attend (DNA)</source>
            <translation type="unfinished">Nieobecność (DNA)</translation>
        </message>
        <message>
            <source>Cancelled by the person</source>
            <translation type="unfinished">Odwołane przez osobę wspieraną</translation>
        </message>
        <message>
            <source>Cancelled by us</source>
            <translation type="unfinished">Odwołane przez nas</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation type="unfinished">Zdrowie psychiczne</translation>
        </message>
        <message>
            <source>Physical health</source>
            <translation type="unfinished">Zdrowie fizyczne</translation>
        </message>
        <message>
            <source>The person</source>
            <translation type="unfinished">Osoba wspierana</translation>
        </message>
        <message>
            <source>The worker</source>
            <translation type="unfinished">Pracownik</translation>
        </message>
        <message>
            <source>Together</source>
            <translation type="unfinished">Razem</translation>
        </message>
        <message>
            <source>1a Maximise income</source>
            <translation type="unfinished">1a Uzyskanie jak najwyższego dochodu</translation>
        </message>
        <message>
            <source>1b Reduce debt</source>
            <translation type="unfinished">1b Zmniejszenie zadłużenia</translation>
        </message>
        <message>
            <source>1c Obtain paid work</source>
            <translation type="unfinished">1c Podjęcie pracy zarobkowej</translation>
        </message>
        <message>
            <source>2a Participate in training or education</source>
            <translation type="unfinished">2a Udział w szkoleniach lub nauce</translation>
        </message>
        <message>
            <source>2b Leisure, cultural, faith or informal learning</source>
            <translation type="unfinished">2b Czas wolny, kultura, wiara lub nauka nieformalna</translation>
        </message>
        <message>
            <source>2c Work-like activities</source>
            <translation type="unfinished">2c Zajęcia zbliżone do pracy</translation>
        </message>
        <message>
            <source>2d Contact with external services, groups, friends or family</source>
            <translation type="unfinished">2d Kontakt z usługami zewnętrznymi, grupami, przyjaciółmi lub rodziną</translation>
        </message>
        <message>
            <source>3a Physical health</source>
            <translation type="unfinished">3a Zdrowie fizyczne</translation>
        </message>
        <message>
            <source>3b Mental health</source>
            <translation type="unfinished">3b Zdrowie psychiczne</translation>
        </message>
        <message>
            <source>3c Substance misuse</source>
            <translation type="unfinished">3c Nadużywanie substancji</translation>
        </message>
        <message>
            <source>3d Assistive technology</source>
            <translation type="unfinished">3d Technologie wspomagające</translation>
        </message>
        <message>
            <source>4a Maintain or obtain settled accommodation</source>
            <translation type="unfinished">4a Utrzymanie lub uzyskanie stałego mieszkania</translation>
        </message>
        <message>
            <source>4b Comply with statutory orders</source>
            <translation type="unfinished">4b Przestrzeganie nakazów prawnych</translation>
        </message>
        <message>
            <source>4c Manage self-harm</source>
            <translation type="unfinished">4c Radzenie sobie z samookaleczeniami</translation>
        </message>
        <message>
            <source>4d Avoid causing harm to others</source>
            <translation type="unfinished">4d Unikanie krzywdzenia innych</translation>
        </message>
        <message>
            <source>4e Minimise harm from others</source>
            <translation type="unfinished">4e Ograniczanie krzywdy ze strony innych</translation>
        </message>
        <message>
            <source>5a Greater choice, control and involvement</source>
            <translation type="unfinished">5a Większy wybór, kontrola i zaangażowanie</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished">W trakcie</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="unfinished">Osiągnięty</translation>
        </message>
        <message>
            <source>Partly achieved</source>
            <translation type="unfinished">Częściowo osiągnięty</translation>
        </message>
        <message>
            <source>Not achieved</source>
            <translation type="unfinished">Nieosiągnięty</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished">Wycofany</translation>
        </message>
        <message>
            <source>Structured session</source>
            <translation type="unfinished">Zajęcia zorganizowane</translation>
        </message>
        <message>
            <source>Peer-led / service-user-led session</source>
            <translation type="unfinished">Zajęcia prowadzone przez osoby z własnym doświadczeniem / przez uczestników</translation>
        </message>
        <message>
            <source>Social club</source>
            <translation type="unfinished">Klub towarzyski</translation>
        </message>
        <message>
            <source>Befriending</source>
            <translation type="unfinished">Towarzyszenie (befriending)</translation>
        </message>
        <message>
            <source>Education or training opportunity</source>
            <translation type="unfinished">Możliwość nauki lub szkolenia</translation>
        </message>
        <message>
            <source>Therapeutic intervention</source>
            <translation type="unfinished">Zajęcia terapeutyczne</translation>
        </message>
        <message>
            <source>Mainstream access</source>
            <translation type="unfinished">Dostęp do usług ogólnodostępnych</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished">Personel</translation>
        </message>
        <message>
            <source>Peer</source>
            <translation type="unfinished">Osoba z własnym doświadczeniem (peer)</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation type="unfinished">Wolontariusz</translation>
        </message>
        <message>
            <source>Continue support</source>
            <translation type="unfinished">Kontynuacja wsparcia</translation>
        </message>
        <message>
            <source>Withdraw support</source>
            <translation type="unfinished">Zakończenie wsparcia</translation>
        </message>
        <message>
            <source>Serious untoward incident</source>
            <translation type="unfinished">Poważne zdarzenie niepożądane</translation>
        </message>
        <message>
            <source>Safeguarding concern</source>
            <translation type="unfinished">Obawa dotycząca bezpieczeństwa (safeguarding)</translation>
        </message>
        <message>
            <source>Thurrock floating support (Appendix 1)</source>
            <translation type="unfinished">Wsparcie środowiskowe Thurrock (załącznik 1)</translation>
        </message>
        <message>
            <source>Camden day services (14.3)</source>
            <translation type="unfinished">Ośrodki dziennego wsparcia Camden (14.3)</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation type="unfinished">Pochodzenie etniczne</translation>
        </message>
        <message>
            <source>Religion</source>
            <translation type="unfinished">Religia</translation>
        </message>
        <message>
            <source>Culture</source>
            <translation type="unfinished">Kultura</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished">Płeć</translation>
        </message>
        <message>
            <source>Sexuality</source>
            <translation type="unfinished">Orientacja seksualna</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation type="unfinished">Niepełnosprawność</translation>
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished">Wiek</translation>
        </message>
        <message>
            <source>Risk to the person</source>
            <translation type="unfinished">Ryzyko dla samej osoby</translation>
        </message>
        <message>
            <source>Risk to others</source>
            <translation type="unfinished">Ryzyko dla innych</translation>
        </message>
        <message>
            <source>Risk to staff</source>
            <translation type="unfinished">Ryzyko dla personelu</translation>
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished">Niskie</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished">Średnie</translation>
        </message>
        <message>
            <source>High</source>
            <translation type="unfinished">Wysokie</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReferralDialog</name>
        <message>
            <source>Someone already &amp;known to the service</source>
            <translation type="unfinished">Osoba &amp;już znana służbie</translation>
        </message>
        <message>
            <source>Someone &amp;new</source>
            <translation type="unfinished">&amp;Nowa osoba</translation>
        </message>
        <message>
            <source>New referral</source>
            <translation type="unfinished">Nowe skierowanie</translation>
        </message>
        <message>
            <source>Who is referred</source>
            <translation type="unfinished">Kogo dotyczy skierowanie</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation type="unfinished">&amp;Osoba:</translation>
        </message>
        <message>
            <source>for example 14/03/1980</source>
            <translation type="unfinished">np. 14/03/1980</translation>
        </message>
        <message>
            <source>for example RM17 6SL</source>
            <translation type="unfinished">np. RM17 6SL</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation type="unfinished">&amp;Imię:</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation type="unfinished">Nazwi&amp;sko:</translation>
        </message>
        <message>
            <source>Prefers to be &amp;called:</source>
            <translation type="unfinished">&amp;Preferowane imię:</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation type="unfinished">&amp;Data urodzenia:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation type="unfinished">Tele&amp;fon:</translation>
        </message>
        <message>
            <source>&amp;Lives in:</source>
            <translation type="unfinished">Zakwa&amp;terowanie:</translation>
        </message>
        <message>
            <source>The referral</source>
            <translation type="unfinished">Skierowanie</translation>
        </message>
        <message>
            <source>name and role, for example Sam Lee, care co-ordinator</source>
            <translation type="unfinished">imię, nazwisko i funkcja, np. Sam Lee, koordynator opieki</translation>
        </message>
        <message>
            <source>&amp;Referrer:</source>
            <translation type="unfinished">Osoba ki&amp;erująca:</translation>
        </message>
        <message>
            <source>Recei&amp;ved:</source>
            <translation type="unfinished">Data &amp;wpływu:</translation>
        </message>
        <message>
            <source>C&amp;onsents to the referral:</source>
            <translation type="unfinished">Z&amp;goda na skierowanie:</translation>
        </message>
        <message>
            <source>Lives in the borough (or placed
in temporary accommodation by it):</source>
            <translation type="unfinished">Mieszka w gminie (lub gmina umieściła
tę osobę w zakwaterowaniu tymczasowym):</translation>
        </message>
        <message>
            <source>&amp;Willing to engage with
support planning:</source>
            <translation type="unfinished">&amp;Chęć udziału w
planowaniu wsparcia:</translation>
        </message>
        <message>
            <source>&amp;Save referral</source>
            <translation type="unfinished">&amp;Zapisz skierowanie</translation>
        </message>
        <message>
            <source>Choose who referred</source>
            <translation type="unfinished">Wybierz, kto kieruje</translation>
        </message>
        <message>
            <source>Eligibility: nothing to check so far.</source>
            <translation type="unfinished">Kwalifikowalność: na razie nic do sprawdzenia.</translation>
        </message>
        <message>
            <source>Eligibility to check before deciding (you can still save):
%1</source>
            <translation type="unfinished">Kwalifikowalność do sprawdzenia przed decyzją (mimo to można zapisać):
%1</translation>
        </message>
        <message>
            <source>Choose someone from the list, or record someone new.</source>
            <translation type="unfinished">Wybierz osobę z listy lub zarejestruj nową osobę.</translation>
        </message>
        <message>
            <source>Write the date as day/month/year, for example 14/03/1980.</source>
            <translation type="unfinished">Wpisz datę w formacie dzień/miesiąc/rok, np. 14/03/1980.</translation>
        </message>
        <message>
            <source>That time does not exist in London: the clocks went forward.</source>
            <translation type="unfinished">Taka godzina nie istnieje w Londynie: zegary przestawiono wtedy do przodu.</translation>
        </message>
        <message>
            <source>The referral was not saved: correct the fields marked below.</source>
            <translation type="unfinished">Skierowania nie zapisano: popraw pola oznaczone poniżej.</translation>
        </message>
        <message>
            <source>Postco&amp;de:</source>
            <translation type="unfinished">&amp;Kod pocztowy:</translation>
        </message>
        <message>
            <source>Serv&amp;ice:</source>
            <translation type="unfinished">&amp;Usługa:</translation>
        </message>
        <message>
            <source>Referred b&amp;y:</source>
            <translation type="unfinished">Źródło skie&amp;rowania:</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReferralsModel</name>
        <message>
            <source>Overdue by less than an hour</source>
            <translation type="unfinished">Opóźnienie poniżej godziny</translation>
        </message>
        <message>
            <source>Overdue by %1 days</source>
            <translation type="unfinished">Opóźnienie: %1 dni</translation>
        </message>
        <message>
            <source>Overdue by 1 hour</source>
            <translation type="unfinished">Opóźnienie: 1 godzina</translation>
        </message>
        <message>
            <source>Overdue by %1 hours</source>
            <translation type="unfinished">Opóźnienie: %1 godz.</translation>
        </message>
        <message>
            <source>Due within %1 minutes</source>
            <translation type="unfinished">Termin w ciągu %1 min</translation>
        </message>
        <message>
            <source>Due within 1 hour</source>
            <translation type="unfinished">Termin w ciągu 1 godziny</translation>
        </message>
        <message>
            <source>Due within %1 hours</source>
            <translation type="unfinished">Termin w ciągu %1 godz.</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation type="unfinished">Niewymagany</translation>
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished">Otrzymano</translation>
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished">Osoba</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">Umowa</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">Źródło</translation>
        </message>
        <message>
            <source>First contact (48-hour clock)</source>
            <translation type="unfinished">Pierwszy kontakt (termin 48 godzin)</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished">Decyzja</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReferralsPage</name>
        <message>
            <source>Referrals</source>
            <translation type="unfinished">Skierowania</translation>
        </message>
        <message>
            <source>&amp;New referral…</source>
            <translation type="unfinished">&amp;Nowe skierowanie…</translation>
        </message>
        <message>
            <source>Record a referral (Ctrl+N)</source>
            <translation type="unfinished">Zarejestruj skierowanie (Ctrl+N)</translation>
        </message>
        <message>
            <source>First &amp;contact…</source>
            <translation type="unfinished">Pierwszy &amp;kontakt…</translation>
        </message>
        <message>
            <source>Record when the person was first contacted</source>
            <translation type="unfinished">Zapisz, kiedy nawiązano pierwszy kontakt z osobą</translation>
        </message>
        <message>
            <source>&amp;Decide…</source>
            <translation type="unfinished">&amp;Zdecyduj…</translation>
        </message>
        <message>
            <source>Accept, signpost, decline or leave pending</source>
            <translation type="unfinished">Przyjmij, przekieruj, odrzuć lub pozostaw jako oczekujące</translation>
        </message>
        <message>
            <source>The referrals were not read. Press F5 to read them.</source>
            <translation type="unfinished">Skierowań nie odczytano. Naciśnij F5, aby je odczytać.</translation>
        </message>
        <message>
            <source>The referrals were not read.</source>
            <translation type="unfinished">Skierowań nie odczytano.</translation>
        </message>
        <message>
            <source>Reading the referrals…</source>
            <translation type="unfinished">Odczytywanie skierowań…</translation>
        </message>
        <message>
            <source>No referrals yet</source>
            <translation type="unfinished">Brak skierowań</translation>
        </message>
        <message>
            <source>Record one with "New referral" (Ctrl+N). Referrals for every contract are listed here, the latest first.</source>
            <translation type="unfinished">Zarejestruj je przyciskiem "Nowe skierowanie" (Ctrl+N). Tutaj są wymienione skierowania ze wszystkich umów, od najnowszych.</translation>
        </message>
        <message>
            <source>The referrals could not be read</source>
            <translation type="unfinished">Nie udało się odczytać skierowań</translation>
        </message>
        <message>
            <source>A team leader decides referrals and allocates the key worker</source>
            <translation type="unfinished">Kierownik zespołu decyduje o skierowaniach i przydziela opiekuna prowadzącego</translation>
        </message>
    </context>
    <context>
        <name>waymark::ReportsPage</name>
        <message>
            <source>Quarterly return</source>
            <translation type="unfinished">Sprawozdanie kwartalne</translation>
        </message>
        <message>
            <source>Management information</source>
            <translation type="unfinished">Informacje zarządcze</translation>
        </message>
        <message>
            <source>Distance travelled</source>
            <translation type="unfinished">Przebyta droga</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished">Raporty</translation>
        </message>
    </context>
    <context>
        <name>waymark::RetentionView</name>
        <message>
            <source>Person</source>
            <translation type="unfinished">Osoba</translation>
        </message>
        <message>
            <source>Support ended</source>
            <translation type="unfinished">Koniec wsparcia</translation>
        </message>
        <message>
            <source>Last referral</source>
            <translation type="unfinished">Ostatnie skierowanie</translation>
        </message>
        <message>
            <source>Due for review</source>
            <translation type="unfinished">Termin przeglądu</translation>
        </message>
        <message>
            <source>A&amp;nonymise…</source>
            <translation type="unfinished">&amp;Anonimizuj…</translation>
        </message>
        <message>
            <source> years</source>
            <translation type="unfinished"> lat</translation>
        </message>
        <message>
            <source>Years records are kept after support ends</source>
            <translation type="unfinished">Liczba lat przechowywania danych po zakończeniu wsparcia</translation>
        </message>
        <message>
            <source>Takes out everything that identifies the person; their support stays counted in past returns</source>
            <translation type="unfinished">Usuwa wszystko, co pozwala zidentyfikować osobę; jej wsparcie pozostaje ujęte w dawnych sprawozdaniach</translation>
        </message>
        <message>
            <source>Records are kept only as long as they are needed (UK GDPR). People listed here have no support or referral open, and the last of them ended longer ago than the organisation keeps records. Anonymising takes out their name, contact details, date of birth and every free text about them; what was counted in returns stays.</source>
            <translation type="unfinished">Dane przechowuje się tylko tak długo, jak to konieczne (UK GDPR). Osoby wymienione tutaj nie mają otwartego wsparcia ani skierowania, a ostatnie z nich zakończyło się dawniej, niż wynosi okres przechowywania danych w organizacji. Anonimizacja usuwa imię i nazwisko, dane kontaktowe, datę urodzenia i wszystkie swobodne teksty na temat tych osób; to, co ujęto w sprawozdaniach, pozostaje.</translation>
        </message>
        <message>
            <source>&amp;Keep records for</source>
            <translation type="unfinished">&amp;Przechowuj dane przez</translation>
        </message>
        <message>
            <source>after the last support or referral ends</source>
            <translation type="unfinished">po zakończeniu ostatniego wsparcia lub skierowania</translation>
        </message>
        <message>
            <source>Never supported</source>
            <translation type="unfinished">Nigdy nie udzielono wsparcia</translation>
        </message>
        <message numerus="yes">
            <source>No one is due for review: everyone's support ended less than %n year(s) ago.</source>
            <translation type="unfinished">
                <numerusform>Nikt nie wymaga przeglądu: wsparcie wszystkich osób zakończyło się mniej niż %n rok temu.</numerusform>
                <numerusform>Nikt nie wymaga przeglądu: wsparcie wszystkich osób zakończyło się mniej niż %n lata temu.</numerusform>
                <numerusform>Nikt nie wymaga przeglądu: wsparcie wszystkich osób zakończyło się mniej niż %n lat temu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) due for review.</source>
            <translation type="unfinished">
                <numerusform>%n osoba do przeglądu.</numerusform>
                <numerusform>%n osoby do przeglądu.</numerusform>
                <numerusform>%n osób do przeglądu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Anonymise %1</source>
            <translation type="unfinished">Anonimizuj: %1</translation>
        </message>
        <message>
            <source>Everything that identifies %1 will be taken out for good: this cannot be undone. The audit trail keeps that you did it.</source>
            <translation type="unfinished">Wszystko, co pozwala zidentyfikować osobę %1, zostanie trwale usunięte: tej operacji nie można cofnąć. W dzienniku audytu pozostanie informacja, że wykonano to z Twojego konta.</translation>
        </message>
        <message numerus="yes">
            <source>%1 anonymised (%n record(s)).</source>
            <translation type="unfinished">
                <numerusform>Zanonimizowano: %1 (%n wpis).</numerusform>
                <numerusform>Zanonimizowano: %1 (%n wpisy).</numerusform>
                <numerusform>Zanonimizowano: %1 (%n wpisów).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>waymark::RiskAssessmentEditor</name>
        <message>
            <source>Assess risk</source>
            <translation type="unfinished">Ocena ryzyka</translation>
        </message>
        <message>
            <source>Review the risk assessment</source>
            <translation type="unfinished">Przegląd oceny ryzyka</translation>
        </message>
        <message>
            <source>List every risk to the person, to others and to staff, with how serious it is and the plan to manage it. A group with no risk is printed as "No risk identified".</source>
            <translation type="unfinished">Wymień każde ryzyko dla osoby, dla innych i dla personelu, wraz z jego powagą i planem zarządzania nim. Grupa bez ryzyka jest drukowana jako "Nie stwierdzono ryzyka".</translation>
        </message>
        <message>
            <source>This starts from the assessment of %1. Change what has changed, remove what no longer applies and add anything new; saving keeps the earlier assessment as it was.</source>
            <translation type="unfinished">Punktem wyjścia jest ocena z %1. Zmień to, co się zmieniło, usuń to, co już nie dotyczy, i dodaj wszystko, co nowe; zapisanie pozostawia wcześniejszą ocenę bez zmian.</translation>
        </message>
        <message>
            <source>the worker, with the person</source>
            <translation type="unfinished">pracownik, wspólnie z osobą</translation>
        </message>
        <message>
            <source>Assessed &amp;by:</source>
            <translation type="unfinished">&amp;Kto ocenił:</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation type="unfinished">Ryzyka</translation>
        </message>
        <message>
            <source>Risk to</source>
            <translation type="unfinished">Ryzyko dla</translation>
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished">Poziom</translation>
        </message>
        <message>
            <source>The risk</source>
            <translation type="unfinished">Ryzyko</translation>
        </message>
        <message>
            <source>How it is managed</source>
            <translation type="unfinished">Sposób zarządzania</translation>
        </message>
        <message>
            <source>Add a risk to the &amp;person</source>
            <translation type="unfinished">Dodaj ryzyko dla &amp;osoby</translation>
        </message>
        <message>
            <source>Add a risk to &amp;others</source>
            <translation type="unfinished">Dodaj ryzyko dla &amp;innych</translation>
        </message>
        <message>
            <source>&amp;Remove risk</source>
            <translation type="unfinished">&amp;Usuń ryzyko</translation>
        </message>
        <message>
            <source>Remove the selected risk: it no longer applies</source>
            <translation type="unfinished">Usuń zaznaczone ryzyko: już nie dotyczy</translation>
        </message>
        <message>
            <source>&amp;Save assessment</source>
            <translation type="unfinished">&amp;Zapisz ocenę</translation>
        </message>
        <message>
            <source>%1 risk %2: %3</source>
            <translation type="unfinished">%1 ryzyko %2: %3</translation>
        </message>
        <message>
            <source>Error:</source>
            <translation type="unfinished">Błąd:</translation>
        </message>
        <message>
            <source>Check:</source>
            <translation type="unfinished">Sprawdź:</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished">Błąd: %1</translation>
        </message>
        <message>
            <source>&amp;Assessed on:</source>
            <translation type="unfinished">&amp;Data oceny:</translation>
        </message>
        <message>
            <source>Add a risk to s&amp;taff</source>
            <translation type="unfinished">Dodaj ryzyko dla &amp;personelu</translation>
        </message>
    </context>
    <context>
        <name>waymark::RiskAssessmentTab</name>
        <message>
            <source>&amp;Assess risk…</source>
            <translation type="unfinished">&amp;Oceń ryzyko…</translation>
        </message>
        <message>
            <source>&amp;Review the risk assessment…</source>
            <translation type="unfinished">&amp;Przeprowadź przegląd oceny ryzyka…</translation>
        </message>
        <message>
            <source>Risk is assessed while the person is in support.</source>
            <translation type="unfinished">Ryzyko ocenia się, gdy osoba jest objęta wsparciem.</translation>
        </message>
        <message>
            <source>Show the assessment of</source>
            <translation type="unfinished">Wyświetl ocenę z</translation>
        </message>
        <message>
            <source>%1 (latest)</source>
            <translation type="unfinished">%1 (najnowsza)</translation>
        </message>
        <message>
            <source>Show the assessment &amp;of:</source>
            <translation type="unfinished">&amp;Wyświetl ocenę z:</translation>
        </message>
        <message>
            <source>The risk assessment could not be read</source>
            <translation type="unfinished">Nie udało się odczytać oceny ryzyka</translation>
        </message>
        <message>
            <source>No risk assessment yet</source>
            <translation type="unfinished">Brak oceny ryzyka</translation>
        </message>
        <message>
            <source>Assess the risks to the person, to others and to staff before writing the support plan; they are reviewed with it.</source>
            <translation type="unfinished">Oceń ryzyko dla osoby, dla innych i dla personelu przed przygotowaniem planu wsparcia; przegląd ryzyka odbywa się razem z przeglądem planu.</translation>
        </message>
        <message>
            <source>Risk is assessed once the person is in support.</source>
            <translation type="unfinished">Ryzyko ocenia się po objęciu osoby wsparciem.</translation>
        </message>
        <message>
            <source>Assessed %1 by %2</source>
            <translation type="unfinished">Ocena z %1, autor: %2</translation>
        </message>
        <message>
            <source>Next review due %1, with the support plan</source>
            <translation type="unfinished">Następny przegląd: %1, razem z planem wsparcia</translation>
        </message>
        <message>
            <source>An earlier assessment: the latest is shown first in the list.</source>
            <translation type="unfinished">Wcześniejsza ocena: najnowsza jest pokazana na liście jako pierwsza.</translation>
        </message>
        <message>
            <source>No risk identified.</source>
            <translation type="unfinished">Nie stwierdzono ryzyka.</translation>
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished">Poziom</translation>
        </message>
        <message>
            <source>The risk</source>
            <translation type="unfinished">Ryzyko</translation>
        </message>
        <message>
            <source>How it is managed</source>
            <translation type="unfinished">Sposób zarządzania</translation>
        </message>
        <message>
            <source>Pr&amp;int risk assessment…</source>
            <translation type="unfinished">&amp;Drukuj ocenę ryzyka…</translation>
        </message>
    </context>
    <context>
        <name>waymark::SessionPanel</name>
        <message>
            <source>Save &amp;register</source>
            <translation type="unfinished">Zapisz &amp;listę obecności</translation>
        </message>
        <message>
            <source>Record a walk-in</source>
            <translation type="unfinished">Zarejestruj osobę bez umówienia</translation>
        </message>
        <message>
            <source>Record &amp;walk-in</source>
            <translation type="unfinished">&amp;Zarejestruj osobę bez umówienia</translation>
        </message>
        <message>
            <source>Attendance register</source>
            <translation type="unfinished">Lista obecności</translation>
        </message>
        <message>
            <source>start typing a name</source>
            <translation type="unfinished">zacznij wpisywać imię lub nazwisko</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation type="unfinished">Kto przyszedł</translation>
        </message>
        <message>
            <source>Start typing the name of someone already known to the service</source>
            <translation type="unfinished">Zacznij wpisywać imię lub nazwisko osoby już znanej służbie</translation>
        </message>
        <message>
            <source>given name</source>
            <translation type="unfinished">imię</translation>
        </message>
        <message>
            <source>family name</source>
            <translation type="unfinished">nazwisko</translation>
        </message>
        <message>
            <source>New person's given name</source>
            <translation type="unfinished">Imię nowej osoby</translation>
        </message>
        <message>
            <source>New person's family name</source>
            <translation type="unfinished">Nazwisko nowej osoby</translation>
        </message>
        <message>
            <source>e.g. letter about a benefit sanction</source>
            <translation type="unfinished">np. pismo o sankcji w wypłacie świadczenia</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished"> min</translation>
        </message>
        <message>
            <source>Walk-ins at this session</source>
            <translation type="unfinished">Osoby bez umówienia na tej sesji</translation>
        </message>
        <message>
            <source>W&amp;ho:</source>
            <translation type="unfinished">&amp;Kto:</translation>
        </message>
        <message>
            <source>New person:</source>
            <translation type="unfinished">Nowa osoba:</translation>
        </message>
        <message>
            <source>&amp;Discussed:</source>
            <translation type="unfinished">&amp;Omówione sprawy:</translation>
        </message>
        <message>
            <source>How &amp;long:</source>
            <translation type="unfinished">&amp;Czas trwania:</translation>
        </message>
        <message>
            <source>Seen at this session:</source>
            <translation type="unfinished">Osoby przyjęte na tej sesji:</translation>
        </message>
        <message>
            <source>Tick everyone who came. The list is everyone in support with this contract on the day, and anyone already recorded.</source>
            <translation type="unfinished">Zaznacz wszystkie obecne osoby. Lista obejmuje wszystkie osoby objęte w tym dniu wsparciem w ramach tej umowy oraz osoby już zarejestrowane.</translation>
        </message>
        <message>
            <source>No session chosen</source>
            <translation type="unfinished">Nie wybrano sesji</translation>
        </message>
        <message>
            <source>Choose a session in the list, or add one with New session.</source>
            <translation type="unfinished">Wybierz sesję z listy lub dodaj ją przyciskiem Nowa sesja.</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation type="unfinished">
                <numerusform>%n minuta</numerusform>
                <numerusform>%n minuty</numerusform>
                <numerusform>%n minut</numerusform>
            </translation>
        </message>
        <message>
            <source>led by %1</source>
            <translation type="unfinished">prowadzi: %1</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation type="unfinished">%1: %2 (%3)</translation>
        </message>
        <message>
            <source>Nobody is in support with this contract on the day yet.</source>
            <translation type="unfinished">W tym dniu nikt nie jest jeszcze objęty wsparciem w ramach tej umowy.</translation>
        </message>
        <message>
            <source>Nobody yet: record each person as they are seen.</source>
            <translation type="unfinished">Jeszcze nikogo: rejestruj każdą osobę w chwili jej przyjęcia.</translation>
        </message>
        <message numerus="yes">
            <source>%n attended</source>
            <translation type="unfinished">
                <numerusform>%n osoba obecna</numerusform>
                <numerusform>%n osoby obecne</numerusform>
                <numerusform>%n osób obecnych</numerusform>
            </translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished">Błąd: %1</translation>
        </message>
        <message>
            <source>: saved.</source>
            <translation type="unfinished">: zapisano.</translation>
        </message>
        <message>
            <source>Someone called %1 %2 is already on record: untick Someone new and pick them from the list, or press Record again to add a different person.</source>
            <translation type="unfinished">Osoba o imieniu i nazwisku %1 %2 jest już w bazie: odznacz Nowa osoba i wybierz ją z listy albo ponownie naciśnij Zarejestruj, aby dodać inną osobę.</translation>
        </message>
        <message>
            <source>More than one person matches "%1": pick the right one from the list.</source>
            <translation type="unfinished">Do "%1" pasuje więcej niż jedna osoba: wybierz właściwą z listy.</translation>
        </message>
        <message>
            <source>No one on record matches "%1": pick a name from the list, or tick Someone new.</source>
            <translation type="unfinished">Do "%1" nie pasuje żadna osoba w bazie: wybierz osobę z listy lub zaznacz Nowa osoba.</translation>
        </message>
        <message>
            <source>Recorded %1.</source>
            <translation type="unfinished">Zarejestrowano: %1.</translation>
        </message>
        <message>
            <source>So&amp;meone new</source>
            <translation type="unfinished">&amp;Nowa osoba</translation>
        </message>
    </context>
    <context>
        <name>waymark::SessionsPage</name>
        <message>
            <source>Contract</source>
            <translation type="unfinished">Umowa</translation>
        </message>
        <message>
            <source>All contracts</source>
            <translation type="unfinished">Wszystkie umowy</translation>
        </message>
        <message>
            <source>◀ &amp;Previous week</source>
            <translation type="unfinished">◀ &amp;Poprzedni tydzień</translation>
        </message>
        <message>
            <source>&amp;This week</source>
            <translation type="unfinished">&amp;Bieżący tydzień</translation>
        </message>
        <message>
            <source>&amp;Next week ▶</source>
            <translation type="unfinished">&amp;Następny tydzień ▶</translation>
        </message>
        <message>
            <source>New &amp;session…</source>
            <translation type="unfinished">Nowa &amp;sesja…</translation>
        </message>
        <message>
            <source>&amp;Change session…</source>
            <translation type="unfinished">&amp;Zmień sesję…</translation>
        </message>
        <message>
            <source>Sessions this week</source>
            <translation type="unfinished">Sesje w tym tygodniu</translation>
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished">Kiedy</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished">Rodzaj</translation>
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished">Sesja</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished">Miejsce</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation type="unfinished">Prowadzący</translation>
        </message>
        <message>
            <source>Came</source>
            <translation type="unfinished">Obecni</translation>
        </message>
        <message>
            <source>C&amp;ontract:</source>
            <translation type="unfinished">&amp;Umowa:</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished">Sesje</translation>
        </message>
        <message>
            <source>Mon %1 to Sun %2</source>
            <translation type="unfinished">pon. %1 – niedz. %2</translation>
        </message>
        <message>
            <source>The sessions could not be read</source>
            <translation type="unfinished">Nie udało się odczytać sesji</translation>
        </message>
        <message>
            <source>No sessions this week</source>
            <translation type="unfinished">Brak sesji w tym tygodniu</translation>
        </message>
        <message>
            <source>Add a group session or a drop-in surgery with New session, or look at another week.</source>
            <translation type="unfinished">Dodaj sesję grupową lub dyżur otwarty przyciskiem Nowa sesja albo przejdź do innego tygodnia.</translation>
        </message>
        <message>
            <source>Change a session</source>
            <translation type="unfinished">Zmień sesję</translation>
        </message>
        <message>
            <source>New session</source>
            <translation type="unfinished">Nowa sesja</translation>
        </message>
        <message>
            <source>A group session or drop-in surgery of one contract. Its register lists everyone in support with that contract on the day.</source>
            <translation type="unfinished">Sesja grupowa lub dyżur otwarty w ramach jednej umowy. Lista obecności obejmuje wszystkie osoby objęte w tym dniu wsparciem w ramach tej umowy.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished">&amp;Zapisz</translation>
        </message>
        <message>
            <source>&amp;Add session</source>
            <translation type="unfinished">&amp;Dodaj sesję</translation>
        </message>
        <message>
            <source>e.g. Tuesday walk, Grays drop-in</source>
            <translation type="unfinished">np. wtorkowy spacer, dyżur w Grays</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished"> min</translation>
        </message>
        <message>
            <source>&amp;Contract:</source>
            <translation type="unfinished">&amp;Umowa:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished">&amp;Rodzaj:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished">&amp;Nazwa:</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation type="unfinished">&amp;Początek:</translation>
        </message>
        <message>
            <source>&amp;How long:</source>
            <translation type="unfinished">&amp;Czas trwania:</translation>
        </message>
        <message>
            <source>&amp;Led by:</source>
            <translation type="unfinished">&amp;Kto prowadzi:</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation type="unfinished">&amp;Miejsce:</translation>
        </message>
    </context>
    <context>
        <name>waymark::SheetImportWizard</name>
        <message>
            <source>Move a caseload in from a spreadsheet</source>
            <translation type="unfinished">Przenieś listę podopiecznych z arkusza kalkulacyjnego</translation>
        </message>
        <message>
            <source>Choose the spreadsheet</source>
            <translation type="unfinished">Wybierz arkusz kalkulacyjny</translation>
        </message>
        <message>
            <source>An Excel workbook (.xlsx) or a CSV file, with one row for each person (or for each of their support periods) and a row of headings above them.</source>
            <translation type="unfinished">Skoroszyt Excel (.xlsx) lub plik CSV z jednym wierszem dla każdej osoby (lub dla każdego jej okresu wsparcia) i wierszem nagłówków nad nimi.</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation type="unfinished">Plik arkusza kalkulacyjnego</translation>
        </message>
        <message>
            <source>Choose the spreadsheet file to bring in</source>
            <translation type="unfinished">Wybierz plik arkusza do zaimportowania</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished">&amp;Plik:</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation type="unfinished">&amp;Arkusz:</translation>
        </message>
        <message>
            <source>Worked out from the file</source>
            <translation type="unfinished">Ustalane na podstawie pliku</translation>
        </message>
        <message>
            <source>Comma</source>
            <translation type="unfinished">Przecinek</translation>
        </message>
        <message>
            <source>Semicolon</source>
            <translation type="unfinished">Średnik</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished">Tabulator</translation>
        </message>
        <message>
            <source>Vertical bar</source>
            <translation type="unfinished">Kreska pionowa</translation>
        </message>
        <message>
            <source>Cells separated by:</source>
            <translation type="unfinished">Separator komórek:</translation>
        </message>
        <message>
            <source>Unicode text (UTF-16)</source>
            <translation type="unfinished">Tekst Unicode (UTF-16)</translation>
        </message>
        <message>
            <source>Windows, Central European</source>
            <translation type="unfinished">Windows, środkowoeuropejskie</translation>
        </message>
        <message>
            <source>ISO 8859-1 (Latin 1)</source>
            <translation type="unfinished">ISO 8859-1 (Latin 1)</translation>
        </message>
        <message>
            <source>Characters written as:</source>
            <translation type="unfinished">Kodowanie znaków:</translation>
        </message>
        <message>
            <source>Row of headings</source>
            <translation type="unfinished">Wiersz nagłówków</translation>
        </message>
        <message>
            <source>&amp;Headings are in row:</source>
            <translation type="unfinished">&amp;Nagłówki są w wierszu:</translation>
        </message>
        <message>
            <source>Dates typed as text are month first (03/14/2026)</source>
            <translation type="unfinished">Daty wpisane jako tekst zaczynają się od miesiąca (03/14/2026)</translation>
        </message>
        <message>
            <source>&amp;Use choices saved before…</source>
            <translation type="unfinished">&amp;Użyj wcześniej zapisanych ustawień…</translation>
        </message>
        <message>
            <source>Fill in the columns and answers from a mapping file saved on the last page, or written for waymark-cli import-sheet</source>
            <translation type="unfinished">Wypełnij kolumny i odpowiedzi na podstawie pliku mapowania zapisanego na ostatniej stronie lub przygotowanego dla waymark-cli import-sheet</translation>
        </message>
        <message>
            <source>Use choices saved before</source>
            <translation type="unfinished">Użyj wcześniej zapisanych ustawień</translation>
        </message>
        <message>
            <source>Mapping files (*.json)</source>
            <translation type="unfinished">Pliki mapowania (*.json)</translation>
        </message>
        <message>
            <source>Not used</source>
            <translation type="unfinished">Nieużywane</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation type="unfinished">Nie wybrano jeszcze pliku.</translation>
        </message>
        <message>
            <source>The first rows of the sheet</source>
            <translation type="unfinished">Pierwsze wiersze arkusza</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
            <translation type="unfinished">Arkusze kalkulacyjne (*.xlsx *.xlsm *.csv *.txt);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Say which column is which</source>
            <translation type="unfinished">Wskaż, co zawiera każda kolumna</translation>
        </message>
        <message>
            <source>Each column's heading and first few answers, and the Waymark field it goes into. The choices are guessed from the headings: check each one. A column left “not brought in” is left out.</source>
            <translation type="unfinished">Nagłówek i kilka pierwszych odpowiedzi z każdej kolumny oraz pole Waymark, do którego trafia. Wybory odgadnięto na podstawie nagłówków: sprawdź każdy z nich. Kolumna pozostawiona jako „nieimportowana” zostaje pominięta.</translation>
        </message>
        <message>
            <source>Columns of the sheet and the fields they go into</source>
            <translation type="unfinished">Kolumny arkusza i pola, do których trafiają</translation>
        </message>
        <message>
            <source>Column</source>
            <translation type="unfinished">Kolumna</translation>
        </message>
        <message>
            <source>First answers</source>
            <translation type="unfinished">Pierwsze odpowiedzi</translation>
        </message>
        <message>
            <source>Brought in as</source>
            <translation type="unfinished">Importowana jako</translation>
        </message>
        <message>
            <source>Contract of every row</source>
            <translation type="unfinished">Umowa dla wszystkich wierszy</translation>
        </message>
        <message>
            <source>Given by a column</source>
            <translation type="unfinished">Określona w kolumnie</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished">%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Contract of every row:</source>
            <translation type="unfinished">&amp;Umowa dla wszystkich wierszy:</translation>
        </message>
        <message>
            <source>such as North team; empty when no other sheet uses the same references</source>
            <translation type="unfinished">np. Zespół północny; puste, gdy żaden inny arkusz nie używa tych samych identyfikatorów</translation>
        </message>
        <message>
            <source>Two sheets that both number people from 1 are told apart by giving each its own name here</source>
            <translation type="unfinished">Dwa arkusze, w których osoby są numerowane od 1, rozróżnia się, nadając tu każdemu własną nazwę</translation>
        </message>
        <message>
            <source>&amp;References are unique within:</source>
            <translation type="unfinished">&amp;Identyfikatory są unikalne w obrębie:</translation>
        </message>
        <message>
            <source>A row's referral and support period are under this contract unless a column is brought in as Contract.</source>
            <translation type="unfinished">Skierowanie i okres wsparcia z danego wiersza należą do tej umowy, chyba że któraś kolumna jest importowana jako Umowa.</translation>
        </message>
        <message>
            <source>Say what the sheet's answers mean</source>
            <translation type="unfinished">Wskaż, co oznaczają odpowiedzi w arkuszu</translation>
        </message>
        <message>
            <source>Each different answer in the columns Waymark keeps as a choice from a list, and what it is in Waymark. Guesses are filled in: check them, and choose where none was found.</source>
            <translation type="unfinished">Każda odrębna odpowiedź w kolumnach, które Waymark przechowuje jako wybór z listy, oraz jej odpowiednik w Waymark. Odgadnięte wartości są już wpisane: sprawdź je i dokonaj wyboru tam, gdzie niczego nie znaleziono.</translation>
        </message>
        <message>
            <source>Answers in the sheet and what each means</source>
            <translation type="unfinished">Odpowiedzi w arkuszu i ich znaczenie</translation>
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished">Pole</translation>
        </message>
        <message>
            <source>In the sheet</source>
            <translation type="unfinished">W arkuszu</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation type="unfinished">Wiersze</translation>
        </message>
        <message>
            <source>In Waymark</source>
            <translation type="unfinished">W Waymark</translation>
        </message>
        <message>
            <source>Check before importing</source>
            <translation type="unfinished">Sprawdzenie przed importem</translation>
        </message>
        <message>
            <source>Every row is checked as the import will check it. Nothing is changed until you import.</source>
            <translation type="unfinished">Każdy wiersz jest sprawdzany tak, jak sprawdzi go import. Do momentu importu nic nie zostanie zmienione.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished">&amp;Importuj</translation>
        </message>
        <message>
            <source>Problems found by row and column, or what importing will do</source>
            <translation type="unfinished">Problemy znalezione według wierszy i kolumn lub skutki importu</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation type="unfinished">Sprawdź &amp;ponownie</translation>
        </message>
        <message>
            <source>Read the spreadsheet again, as it is saved now, and check every row</source>
            <translation type="unfinished">Odczytaj ponownie arkusz w obecnie zapisanej postaci i sprawdź każdy wiersz</translation>
        </message>
        <message>
            <source>&amp;Save these choices…</source>
            <translation type="unfinished">&amp;Zapisz te ustawienia…</translation>
        </message>
        <message>
            <source>Keep the columns and answers chosen here in a mapping file, for waymark-cli import-sheet</source>
            <translation type="unfinished">Zachowaj wybrane tu kolumny i odpowiedzi w pliku mapowania, do użycia z waymark-cli import-sheet</translation>
        </message>
        <message>
            <source>Save the choices</source>
            <translation type="unfinished">Zapisz ustawienia</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished">Nie zapisano</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished">Zaimportowano</translation>
        </message>
        <message>
            <source> Cells separated by %1; characters written as %2.</source>
            <translation type="unfinished"> Separator komórek: %1; kodowanie znaków: %2.</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation type="unfinished">tabulator</translation>
        </message>
        <message>
            <source>%1: %2 rows.</source>
            <translation type="unfinished">%1: liczba wierszy %2.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished">%1: %2</translation>
        </message>
        <message>
            <source>Field for column %1</source>
            <translation type="unfinished">Pole dla kolumny %1</translation>
        </message>
        <message>
            <source>— not brought in —</source>
            <translation type="unfinished">— nieimportowana —</translation>
        </message>
        <message>
            <source>%1: what “%2” means</source>
            <translation type="unfinished">%1: co oznacza „%2”</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation type="unfinished">— wybierz —</translation>
        </message>
        <message>
            <source>%1 (left)</source>
            <translation type="unfinished">%1 (już nie pracuje)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished">Nie</translation>
        </message>
        <message>
            <source>None of the columns brought in takes its answer from a list: there is nothing to choose here.</source>
            <translation type="unfinished">Żadna z importowanych kolumn nie przyjmuje odpowiedzi z listy: nie ma tu nic do wybrania.</translation>
        </message>
        <message>
            <source>%1 of the %2 answers need you to choose what they mean.</source>
            <translation type="unfinished">%1 z %2 odpowiedzi wymaga wskazania ich znaczenia.</translation>
        </message>
        <message>
            <source>Every answer was matched: check the matches below.</source>
            <translation type="unfinished">Dopasowano wszystkie odpowiedzi: sprawdź dopasowania poniżej.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation type="unfinished">Nie można odczytać %1: %2</translation>
        </message>
        <message>
            <source>The choices in %1 are used.</source>
            <translation type="unfinished">Użyto ustawień z %1.</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation type="unfinished">Nie udało się zapisać %1: %2</translation>
        </message>
        <message>
            <source>Put each right in the spreadsheet and save it, or in the choices on the pages before, then check again. Nothing has been changed.</source>
            <translation type="unfinished">Popraw każdy problem w arkuszu i zapisz go albo popraw ustawienia na poprzednich stronach, a następnie sprawdź ponownie. Nic nie zostało zmienione.</translation>
        </message>
        <message>
            <source>1 problem to put right before importing.</source>
            <translation type="unfinished">1 problem do poprawienia przed importem.</translation>
        </message>
        <message>
            <source>%1 problems to put right before importing.</source>
            <translation type="unfinished">Problemy do poprawienia przed importem: %1.</translation>
        </message>
        <message>
            <source>%1 people, %2 referrals and %3 support periods from %4 rows</source>
            <translation type="unfinished">osoby (%1), skierowania (%2) i okresy wsparcia (%3) z wierszy arkusza (%4)</translation>
        </message>
        <message>
            <source>No problems found. Importing brings in %1. Nothing has been changed yet.</source>
            <translation type="unfinished">Nie znaleziono problemów. Import wprowadzi: %1. Na razie nic nie zostało zmienione.</translation>
        </message>
        <message>
            <source>Brought in %1. Each person's History says they came from %2.</source>
            <translation type="unfinished">Zaimportowano: %1. W Historii każdej osoby odnotowano, że pochodzi z %2.</translation>
        </message>
        <message>
            <source>Choose the spreadsheet first.</source>
            <translation type="unfinished">Najpierw wybierz arkusz kalkulacyjny.</translation>
        </message>
        <message>
            <source>The sheet has no rows below its headings (row %1).</source>
            <translation type="unfinished">Arkusz nie ma wierszy poniżej nagłówków (wiersz %1).</translation>
        </message>
        <message>
            <source>%1 is chosen for two columns, %2 and %3.</source>
            <translation type="unfinished">Pole %1 wybrano dla dwóch kolumn: %2 i %3.</translation>
        </message>
        <message>
            <source>Column %1 has no heading: give it one in the spreadsheet to bring it in.</source>
            <translation type="unfinished">Kolumna %1 nie ma nagłówka: nadaj go w arkuszu, aby ją zaimportować.</translation>
        </message>
        <message>
            <source>Column %1 has the same heading as another column: give each its own.</source>
            <translation type="unfinished">Kolumna %1 ma taki sam nagłówek jak inna kolumna: nadaj każdej własny.</translation>
        </message>
        <message>
            <source>Choose the column of %1: every person needs it.</source>
            <translation type="unfinished">Wybierz kolumnę dla pola %1: jest wymagane dla każdej osoby.</translation>
        </message>
        <message>
            <source>UTF-8 (“CSV UTF-8”)</source>
            <translation type="unfinished">UTF-8 („CSV UTF-8”)</translation>
        </message>
        <message>
            <source>Windows, Western European (Excel’s “CSV”)</source>
            <translation type="unfinished">Windows, zachodnioeuropejskie („CSV” Excela)</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation type="unfinished">&amp;Wybierz…</translation>
        </message>
        <message numerus="yes">
            <source>Checking %n row(s) as the import will…</source>
            <translation type="unfinished">
                <numerusform>Sprawdzanie %n wiersza tak jak przy imporcie…</numerusform>
                <numerusform>Sprawdzanie %n wierszy tak jak przy imporcie…</numerusform>
                <numerusform>Sprawdzanie %n wierszy tak jak przy imporcie…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n row(s)…</source>
            <translation type="unfinished">
                <numerusform>Importowanie %n wiersza…</numerusform>
                <numerusform>Importowanie %n wierszy…</numerusform>
                <numerusform>Importowanie %n wierszy…</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation type="unfinished">&amp;Zatrzymaj</translation>
        </message>
        <message>
            <source>Stopped before the end: nothing has been changed. Check again when you are ready.</source>
            <translation type="unfinished">Zatrzymano przed końcem: niczego nie zmieniono. Gdy wszystko będzie gotowe, sprawdź ponownie.</translation>
        </message>
        <message>
            <source>Stopping: putting everything back as it was…</source>
            <translation type="unfinished">Zatrzymywanie: przywracanie wszystkiego do stanu sprzed importu…</translation>
        </message>
    </context>
    <context>
        <name>waymark::SignInDialog</name>
        <message>
            <source>Sign in to Waymark</source>
            <translation type="unfinished">Logowanie do Waymark</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; is encrypted. Sign in with your name and passphrase.</source>
            <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt;: dane są zaszyfrowane. Zaloguj się, podając nazwę użytkownika i frazę hasła.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">Nazwa użytkownika</translation>
        </message>
        <message>
            <source>Empty for the administrator</source>
            <translation type="unfinished">Puste dla administratora</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished">Fraza hasła</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished">&amp;Nazwa użytkownika:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished">&amp;Fraza hasła:</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation type="unfinished">&amp;Zaloguj</translation>
        </message>
        <message>
            <source>(a name not on record)</source>
            <translation type="unfinished">(nazwa nieobecna w bazie)</translation>
        </message>
    </context>
    <context>
        <name>waymark::SqlCipherDriver</name>
        <message>
            <source>Error opening database</source>
            <translation type="unfinished">Błąd otwierania bazy danych</translation>
        </message>
        <message>
            <source>the key is not 64 hexadecimal digits</source>
            <translation type="unfinished">klucz nie składa się z 64 cyfr szesnastkowych</translation>
        </message>
        <message>
            <source>Unable to begin transaction</source>
            <translation type="unfinished">Nie można rozpocząć transakcji</translation>
        </message>
        <message>
            <source>Unable to commit transaction</source>
            <translation type="unfinished">Nie można zatwierdzić transakcji</translation>
        </message>
        <message>
            <source>Unable to roll back transaction</source>
            <translation type="unfinished">Nie można wycofać transakcji</translation>
        </message>
    </context>
    <context>
        <name>waymark::StaffAdminView</name>
        <message>
            <source>Name</source>
            <translation type="unfinished">Imię i nazwisko</translation>
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished">Rola</translation>
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished">Aktywny</translation>
        </message>
        <message>
            <source>Signs in as</source>
            <translation type="unfinished">Login</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation type="unfinished">Personel</translation>
        </message>
        <message>
            <source>&amp;Add member of staff…</source>
            <translation type="unfinished">&amp;Dodaj pracownika…</translation>
        </message>
        <message>
            <source>Chan&amp;ge…</source>
            <translation type="unfinished">&amp;Zmień…</translation>
        </message>
        <message>
            <source>Give a &amp;sign-in…</source>
            <translation type="unfinished">Nadaj &amp;login…</translation>
        </message>
        <message>
            <source>&amp;Remove sign-in</source>
            <translation type="unfinished">&amp;Usuń login</translation>
        </message>
        <message>
            <source>A new role, or someone leaving (their name stays on what they recorded)</source>
            <translation type="unfinished">Nowa rola lub odejście pracownika (jego nazwisko pozostaje przy wprowadzonych przez niego wpisach)</translation>
        </message>
        <message>
            <source>A key worker sees their own caseload; a team leader the whole team, the returns and plan sign-off; an administrator also this screen. Each person signs in with their own passphrase.</source>
            <translation type="unfinished">Opiekun prowadzący widzi własną listę podopiecznych; kierownik zespołu – cały zespół, sprawozdania i zatwierdzanie planów; administrator – dodatkowo ten ekran. Każda osoba loguje się własną frazą hasła.</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished"> min</translation>
        </message>
        <message>
            <source>Lock after this long without use</source>
            <translation type="unfinished">Zablokuj po takim czasie bezczynności</translation>
        </message>
        <message>
            <source>&amp;Lock Waymark on this computer after</source>
            <translation type="unfinished">&amp;Blokuj Waymark na tym komputerze po</translation>
        </message>
        <message>
            <source>without use (and always when it sleeps); Ctrl+L locks it at once.</source>
            <translation type="unfinished">bezczynności (i zawsze po przejściu w stan uśpienia); Ctrl+L blokuje natychmiast.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished">Tak</translation>
        </message>
        <message>
            <source>No (left)</source>
            <translation type="unfinished">Nie (już nie pracuje)</translation>
        </message>
        <message>
            <source>No sign-in</source>
            <translation type="unfinished">Brak loginu</translation>
        </message>
        <message>
            <source>New &amp;passphrase…</source>
            <translation type="unfinished">Nowa &amp;fraza hasła…</translation>
        </message>
        <message>
            <source>This database is not encrypted (a demo): nobody signs in to it.</source>
            <translation type="unfinished">Ta baza danych nie jest zaszyfrowana (demo): nikt się do niej nie loguje.</translation>
        </message>
        <message>
            <source>Give the selected person the team server sign-in its administrator made for them</source>
            <translation type="unfinished">Przypisz zaznaczonej osobie login serwera zespołu utworzony dla niej przez administratora serwera</translation>
        </message>
        <message>
            <source>The name and passphrase the selected person signs in with</source>
            <translation type="unfinished">Nazwa użytkownika i fraza hasła, którymi loguje się zaznaczona osoba</translation>
        </message>
        <message>
            <source>Add member of staff</source>
            <translation type="unfinished">Dodaj pracownika</translation>
        </message>
        <message>
            <source>Change member of staff</source>
            <translation type="unfinished">Zmień dane pracownika</translation>
        </message>
        <message>
            <source>Their role decides what they see. Someone who leaves is marked so rather than removed: their name stays on what they recorded, and they no longer sign in.</source>
            <translation type="unfinished">Rola określa, co widzi dana osoba. Osoba, która odchodzi, nie jest usuwana, lecz oznaczana jako osoba, która odeszła: jej nazwisko pozostaje przy wprowadzonych przez nią wpisach, a ona sama nie może się już logować.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished">&amp;Zapisz</translation>
        </message>
        <message>
            <source>Works here now</source>
            <translation type="unfinished">Obecnie tu pracuje</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished">&amp;Imię i nazwisko:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished">&amp;Rola:</translation>
        </message>
        <message>
            <source>Give %1 a sign-in</source>
            <translation type="unfinished">Nadaj login: %1</translation>
        </message>
        <message>
            <source>New passphrase for %1</source>
            <translation type="unfinished">Nowa fraza hasła dla: %1</translation>
        </message>
        <message>
            <source>Choose the name they sign in with and a first passphrase of at least 12 characters (a few words are easiest to remember), and give it to them in person. Nobody, not even the administrator, can read it back.</source>
            <translation type="unfinished">Wybierz nazwę użytkownika do logowania i pierwszą frazę hasła o długości co najmniej 12 znaków (najłatwiej zapamiętać kilka słów), a następnie przekaż je tej osobie osobiście. Nikt, nawet administrator, nie może później odczytać frazy hasła.</translation>
        </message>
        <message>
            <source>&amp;Give sign-in</source>
            <translation type="unfinished">&amp;Nadaj login</translation>
        </message>
        <message>
            <source>&amp;Set passphrase</source>
            <translation type="unfinished">&amp;Ustaw frazę hasła</translation>
        </message>
        <message>
            <source>Signs in &amp;as:</source>
            <translation type="unfinished">&amp;Login:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished">&amp;Fraza hasła:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation type="unfinished">&amp;Powtórz:</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation type="unfinished">Frazy hasła się różnią: wpisz dwa razy tę samą.</translation>
        </message>
        <message>
            <source>On the team server, people sign in with the server's own sign-in, which its administrator makes with a password (createuser --pwprompt NAME). Type that name: Waymark gives it %1's record, so it sees what their role sees.</source>
            <translation type="unfinished">Na serwerze zespołu użytkownicy logują się za pomocą loginu samego serwera, który jego administrator tworzy wraz z hasłem (createuser --pwprompt NAME). Wpisz ten login: Waymark przypisze mu wpis pracownika %1, więc login będzie widział to, co przewiduje rola tej osoby.</translation>
        </message>
        <message>
            <source>&amp;Server sign-in:</source>
            <translation type="unfinished">&amp;Login serwera:</translation>
        </message>
        <message>
            <source>Remove sign-in</source>
            <translation type="unfinished">Usuń login</translation>
        </message>
        <message>
            <source>%1 will no longer be able to sign in as "%2". Their records stay.</source>
            <translation type="unfinished">Osoba %1 nie będzie już mogła logować się jako "%2". Jej wpisy pozostaną.</translation>
        </message>
    </context>
    <context>
        <name>waymark::StarAssessmentEditor</name>
        <message>
            <source>Score the star: %1</source>
            <translation type="unfinished">Ocena gwiazdy: %1</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished">&amp;Data:</translation>
        </message>
        <message>
            <source>Completed &amp;by:</source>
            <translation type="unfinished">&amp;Kto wypełnił:</translation>
        </message>
        <message>
            <source>Scores from %1 to %2.</source>
            <translation type="unfinished">Punkty od %1 do %2.</translation>
        </message>
        <message>
            <source>The scale: %1</source>
            <translation type="unfinished">Skala: %1</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation type="unfinished">Bez oceny</translation>
        </message>
        <message>
            <source>Score for %1</source>
            <translation type="unfinished">Ocena dla: %1</translation>
        </message>
        <message>
            <source>note (optional)</source>
            <translation type="unfinished">notatka (opcjonalnie)</translation>
        </message>
        <message>
            <source>Note on %1</source>
            <translation type="unfinished">Notatka do: %1</translation>
        </message>
        <message>
            <source>&amp;Save assessment</source>
            <translation type="unfinished">&amp;Zapisz ocenę</translation>
        </message>
        <message>
            <source>Not scored: %1. Press Save again to save without them; distance travelled leaves them out.</source>
            <translation type="unfinished">Bez oceny: %1. Naciśnij ponownie Zapisz, aby zapisać bez nich; przebyta droga nie uwzględni tych obszarów.</translation>
        </message>
    </context>
    <context>
        <name>waymark::StarChartView</name>
        <message>
            <source>Outcome Star chart</source>
            <translation type="unfinished">Wykres Outcome Star</translation>
        </message>
        <message>
            <source>Outcome Star of %1 areas: %2</source>
            <translation type="unfinished">Outcome Star – obszary (%1): %2</translation>
        </message>
        <message>
            <source>%1: not scored (%2)</source>
            <translation type="unfinished">%1: bez oceny (%2)</translation>
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
            <translation type="unfinished">Przebyta droga w poszczególnych obszarach</translation>
        </message>
        <message>
            <source>Distance travelled</source>
            <translation type="unfinished">Przebyta droga</translation>
        </message>
        <message>
            <source>%1 (not scored twice)</source>
            <translation type="unfinished">%1 (nie oceniono dwukrotnie)</translation>
        </message>
        <message>
            <source>The distance travelled shows once a star has been scored twice.</source>
            <translation type="unfinished">Przebyta droga pojawi się, gdy gwiazda zostanie oceniona dwukrotnie.</translation>
        </message>
    </context>
    <context>
        <name>waymark::StarTab</name>
        <message>
            <source>The star is scored while the person is in support with a contract that uses one.</source>
            <translation type="unfinished">Gwiazdę ocenia się, gdy osoba jest objęta wsparciem w ramach umowy, która ją stosuje.</translation>
        </message>
        <message>
            <source>Also show the assessment of</source>
            <translation type="unfinished">Pokaż też ocenę z</translation>
        </message>
        <message>
            <source>First and latest only</source>
            <translation type="unfinished">Tylko pierwsza i najnowsza</translation>
        </message>
        <message>
            <source>&amp;Also show:</source>
            <translation type="unfinished">Pokaż &amp;też:</translation>
        </message>
        <message>
            <source>No Outcome Star assessments yet</source>
            <translation type="unfinished">Brak ocen Outcome Star</translation>
        </message>
        <message>
            <source>Score the star with the person, area by area; repeat it at least every three months and their journey shows here.</source>
            <translation type="unfinished">Oceń gwiazdę wspólnie z osobą, obszar po obszarze; powtarzaj ocenę co najmniej co trzy miesiące, a tutaj będzie widać drogę, którą osoba przebyła.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished">Obszar</translation>
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished">Zmiana</translation>
        </message>
        <message>
            <source>Star scores by date</source>
            <translation type="unfinished">Oceny gwiazdy według dat</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation type="unfinished">bez oceny</translation>
        </message>
        <message>
            <source>not scored in both</source>
            <translation type="unfinished">nieocenione w obu</translation>
        </message>
        <message>
            <source>Completed by</source>
            <translation type="unfinished">Osoba wypełniająca</translation>
        </message>
        <message>
            <source>Score the s&amp;tar…</source>
            <translation type="unfinished">&amp;Oceń gwiazdę…</translation>
        </message>
        <message>
            <source>Pr&amp;int star…</source>
            <translation type="unfinished">&amp;Drukuj gwiazdę…</translation>
        </message>
    </context>
    <context>
        <name>waymark::StarTemplateEditor</name>
        <message>
            <source>Remove</source>
            <translation type="unfinished">Usuń</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished">Przenieś w górę</translation>
        </message>
        <message>
            <source>New star template</source>
            <translation type="unfinished">Nowy szablon gwiazdy</translation>
        </message>
        <message>
            <source>Star template: %1</source>
            <translation type="unfinished">Szablon gwiazdy: %1</translation>
        </message>
        <message>
            <source>Lowest score</source>
            <translation type="unfinished">Najniższa ocena</translation>
        </message>
        <message>
            <source>Highest score</source>
            <translation type="unfinished">Najwyższa ocena</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation type="unfinished">Obszary</translation>
        </message>
        <message>
            <source>Key</source>
            <translation type="unfinished">Klucz</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">Nazwa</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">Opis</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation type="unfinished">Etapy</translation>
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">Od</translation>
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished">Do</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished">&amp;Nazwa:</translation>
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished">do</translation>
        </message>
        <message>
            <source>&amp;Scale from:</source>
            <translation type="unfinished">&amp;Skala od:</translation>
        </message>
        <message>
            <source>Areas, in the order they go round the star</source>
            <translation type="unfinished">Obszary w kolejności na obwodzie gwiazdy</translation>
        </message>
        <message>
            <source>A key is lower-case letters, digits and _; it is what assessments are stored under, so it cannot change once scored.</source>
            <translation type="unfinished">Klucz składa się z małych liter, cyfr i znaku _; pod nim są zapisywane oceny, więc po pierwszej ocenie nie można go zmienić.</translation>
        </message>
        <message>
            <source>Add &amp;area</source>
            <translation type="unfinished">Dodaj &amp;obszar</translation>
        </message>
        <message>
            <source>Stages: every score of the scale in exactly one</source>
            <translation type="unfinished">Etapy: każdy punkt skali w dokładnie jednym etapie</translation>
        </message>
        <message>
            <source>Add s&amp;tage</source>
            <translation type="unfinished">Dodaj &amp;etap</translation>
        </message>
        <message>
            <source>Area %1, %2</source>
            <translation type="unfinished">Obszar %1, %2</translation>
        </message>
        <message>
            <source>Stage %1, %2</source>
            <translation type="unfinished">Etap %1, %2</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished">Błąd: %1</translation>
        </message>
        <message>
            <source>Error: %1: %2</source>
            <translation type="unfinished">Błąd: %1: %2</translation>
        </message>
    </context>
    <context>
        <name>waymark::SupportPlanEditor</name>
        <message>
            <source>Review the support plan</source>
            <translation type="unfinished">Przegląd planu wsparcia</translation>
        </message>
        <message>
            <source>Support plan</source>
            <translation type="unfinished">Plan wsparcia</translation>
        </message>
        <message>
            <source>Needs arising from who the person is</source>
            <translation type="unfinished">Potrzeby wynikające z tożsamości osoby</translation>
        </message>
        <message>
            <source>None identified</source>
            <translation type="unfinished">Nie stwierdzono</translation>
        </message>
        <message>
            <source>No needs identified arising from %1</source>
            <translation type="unfinished">Nie stwierdzono potrzeb wynikających z: %1</translation>
        </message>
        <message>
            <source>Needs arising from %1</source>
            <translation type="unfinished">Potrzeby wynikające z: %1</translation>
        </message>
        <message>
            <source>SMART goals</source>
            <translation type="unfinished">Cele SMART</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished">Cele</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished">Cel</translation>
        </message>
        <message>
            <source>Measured by</source>
            <translation type="unfinished">Sposób pomiaru</translation>
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished">Kto</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished">Termin</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <source>&amp;Add goal…</source>
            <translation type="unfinished">&amp;Dodaj cel…</translation>
        </message>
        <message>
            <source>&amp;Edit goal…</source>
            <translation type="unfinished">&amp;Edytuj cel…</translation>
        </message>
        <message>
            <source>&amp;Progress…</source>
            <translation type="unfinished">&amp;Postępy…</translation>
        </message>
        <message>
            <source>Write what progress the selected goal made</source>
            <translation type="unfinished">Opisz postępy w realizacji zaznaczonego celu</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished">Postępy</translation>
        </message>
        <message>
            <source>Progress on "%1":</source>
            <translation type="unfinished">Postępy w realizacji "%1":</translation>
        </message>
        <message>
            <source>The review</source>
            <translation type="unfinished">Przegląd</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation type="unfinished">Uzgodnienie</translation>
        </message>
        <message>
            <source>The person has agreed this plan</source>
            <translation type="unfinished">Osoba zaakceptowała ten plan</translation>
        </message>
        <message>
            <source>A team leader records the person's agreement (sign-off)</source>
            <translation type="unfinished">Kierownik zespołu odnotowuje akceptację osoby (zatwierdzenie)</translation>
        </message>
        <message>
            <source>Agreed &amp;on:</source>
            <translation type="unfinished">Data uz&amp;godnienia:</translation>
        </message>
        <message>
            <source>the person, the key worker, anyone else</source>
            <translation type="unfinished">osoba, opiekun prowadzący, inne osoby</translation>
        </message>
        <message>
            <source>&amp;Held on:</source>
            <translation type="unfinished">Data p&amp;rzeglądu:</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation type="unfinished">Pod&amp;sumowanie:</translation>
        </message>
        <message>
            <source>&amp;Record review</source>
            <translation type="unfinished">&amp;Zapisz przegląd</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation type="unfinished">Zapisz p&amp;lan</translation>
        </message>
        <message>
            <source>Progress on "%1": %2</source>
            <translation type="unfinished">Postępy w realizacji "%1": %2</translation>
        </message>
        <message>
            <source>Not saved: correct what is marked below.</source>
            <translation type="unfinished">Nie zapisano: popraw to, co oznaczono poniżej.</translation>
        </message>
        <message>
            <source>Goal %1: %2</source>
            <translation type="unfinished">Cel %1: %2</translation>
        </message>
        <message>
            <source>Re&amp;move goal</source>
            <translation type="unfinished">&amp;Usuń cel</translation>
        </message>
        <message>
            <source>&amp;Who took part:</source>
            <translation type="unfinished">Kto &amp;brał udział:</translation>
        </message>
    </context>
    <context>
        <name>waymark::SyncConflictsDialog</name>
        <message>
            <source>Person</source>
            <translation type="unfinished">Osoba</translation>
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished">Wpis</translation>
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished">Pole</translation>
        </message>
        <message>
            <source>On this laptop</source>
            <translation type="unfinished">Na tym laptopie</translation>
        </message>
        <message>
            <source>On the team server</source>
            <translation type="unfinished">Na serwerze zespołu</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation type="unfinished">Konflikty synchronizacji</translation>
        </message>
        <message>
            <source>Keep this &amp;laptop's</source>
            <translation type="unfinished">Zachowaj z &amp;laptopa</translation>
        </message>
        <message>
            <source>Keep the team &amp;server's</source>
            <translation type="unfinished">Zachowaj z &amp;serwera zespołu</translation>
        </message>
        <message>
            <source>These were changed both here and on the team server since they last agreed. The team server's value is shown everywhere until you choose; this laptop's is kept here.</source>
            <translation type="unfinished">Te dane zmieniono zarówno tutaj, jak i na serwerze zespołu od czasu ich ostatniej zgodności. Do czasu wyboru wszędzie jest pokazywana wartość z serwera zespołu; wartość z tego laptopa jest przechowywana tutaj.</translation>
        </message>
        <message>
            <source>This laptop's value goes to the team server at the next sync</source>
            <translation type="unfinished">Wartość z tego laptopa trafi na serwer zespołu przy następnej synchronizacji</translation>
        </message>
        <message>
            <source>The team server's value stays, as every copy shows it now</source>
            <translation type="unfinished">Pozostaje wartość z serwera zespołu, którą obecnie pokazują wszystkie kopie</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished">Usunięto</translation>
        </message>
        <message>
            <source>Kept (not deleted)</source>
            <translation type="unfinished">Zachowano (nie usunięto)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished">(puste)</translation>
        </message>
        <message>
            <source>(no one person)</source>
            <translation type="unfinished">(nie dotyczy jednej osoby)</translation>
        </message>
        <message>
            <source>(not on this laptop)</source>
            <translation type="unfinished">(brak na tym laptopie)</translation>
        </message>
        <message>
            <source>%1
%2, %3</source>
            <translation type="unfinished">%1
%2, %3</translation>
        </message>
        <message>
            <source>No conflicts: everything here agrees with the team server.</source>
            <translation type="unfinished">Brak konfliktów: wszystko tutaj jest zgodne z serwerem zespołu.</translation>
        </message>
        <message>
            <source>Choose a row, then keep one of its two values.</source>
            <translation type="unfinished">Wybierz wiersz, a następnie zachowaj jedną z jego dwóch wartości.</translation>
        </message>
    </context>
    <context>
        <name>waymark::SyncPanel</name>
        <message>
            <source>S&amp;ync now</source>
            <translation type="unfinished">&amp;Synchronizuj teraz</translation>
        </message>
        <message>
            <source>Send this laptop's changes to the team server and bring back everyone else's</source>
            <translation type="unfinished">Wyślij zmiany z tego laptopa na serwer zespołu i pobierz zmiany wprowadzone przez innych</translation>
        </message>
        <message>
            <source>Fields changed both here and on the team server: choose which to keep</source>
            <translation type="unfinished">Pola zmienione zarówno tutaj, jak i na serwerze zespołu: wybierz, które wartości zachować</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished">Synchronizuj teraz</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation type="unfinished">Konflikty synchronizacji</translation>
        </message>
        <message>
            <source>Sync with a team server</source>
            <translation type="unfinished">Synchronizacja z serwerem zespołu</translation>
        </message>
        <message>
            <source>The team server's address, as your administrator gave it
(like postgresql://jo@waymark.example.org/team):</source>
            <translation type="unfinished">Adres serwera zespołu w postaci podanej przez administratora
(np. postgresql://jo@waymark.example.org/team):</translation>
        </message>
        <message>
            <source>Not syncing with a team server</source>
            <translation type="unfinished">Brak synchronizacji z serwerem zespołu</translation>
        </message>
        <message>
            <source>S&amp;ync…</source>
            <translation type="unfinished">&amp;Synchronizuj…</translation>
        </message>
        <message>
            <source>Synced %1</source>
            <translation type="unfinished">Zsynchronizowano %1</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished">Jeszcze nie zsynchronizowano</translation>
        </message>
        <message>
            <source>1 change waiting</source>
            <translation type="unfinished">1 zmiana oczekuje</translation>
        </message>
        <message>
            <source>%1 changes waiting</source>
            <translation type="unfinished">Oczekujące zmiany: %1</translation>
        </message>
        <message>
            <source>Team server: %1</source>
            <translation type="unfinished">Serwer zespołu: %1</translation>
        </message>
        <message>
            <source>1 conflict</source>
            <translation type="unfinished">1 konflikt</translation>
        </message>
        <message>
            <source>%1 conflicts</source>
            <translation type="unfinished">Konflikty: %1</translation>
        </message>
        <message>
            <source>That is not a team server's address: it starts postgresql://</source>
            <translation type="unfinished">To nie jest adres serwera zespołu: taki adres zaczyna się od postgresql://</translation>
        </message>
        <message>
            <source>Syncing with the team server…</source>
            <translation type="unfinished">Synchronizacja z serwerem zespołu…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished">Zatrzymaj</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished">Synchronizuj</translation>
        </message>
        <message>
            <source>The sync did not finish.</source>
            <translation type="unfinished">Synchronizacja nie została ukończona.</translation>
        </message>
        <message>
            <source>%1 sent, %2 received</source>
            <translation type="unfinished">wysłano: %1, odebrano: %2</translation>
        </message>
        <message>
            <source>left this laptop, no longer on its caseloads: %1</source>
            <translation type="unfinished">usunięte z tego laptopa, bo nie ma ich już na jego listach podopiecznych: %1</translation>
        </message>
    </context>
    <context>
        <name>waymark::TodayModel</name>
        <message>
            <source>First contact overdue</source>
            <translation type="unfinished">Pierwszy kontakt po terminie</translation>
        </message>
        <message>
            <source>First contact due</source>
            <translation type="unfinished">Termin pierwszego kontaktu</translation>
        </message>
        <message>
            <source>No support plan yet</source>
            <translation type="unfinished">Brak planu wsparcia</translation>
        </message>
        <message>
            <source>Support plan review due</source>
            <translation type="unfinished">Termin przeglądu planu wsparcia</translation>
        </message>
        <message>
            <source>Outcome Star due</source>
            <translation type="unfinished">Termin oceny Outcome Star</translation>
        </message>
        <message>
            <source>Support ending soon</source>
            <translation type="unfinished">Wsparcie wkrótce się kończy</translation>
        </message>
        <message>
            <source>Past the maximum length of support</source>
            <translation type="unfinished">Przekroczono maksymalny czas trwania wsparcia</translation>
        </message>
        <message>
            <source>Withdrawal review needed after missed appointments</source>
            <translation type="unfinished">Wymagany przegląd wycofania wsparcia po nieobecnościach na wizytach</translation>
        </message>
        <message>
            <source>Over the weekly hours cap</source>
            <translation type="unfinished">Przekroczono tygodniowy limit godzin</translation>
        </message>
        <message>
            <source>Contact the person now</source>
            <translation type="unfinished">Skontaktuj się z osobą niezwłocznie</translation>
        </message>
        <message>
            <source>Contact the person about their referral</source>
            <translation type="unfinished">Skontaktuj się z osobą w sprawie skierowania</translation>
        </message>
        <message>
            <source>Write and agree a support plan</source>
            <translation type="unfinished">Przygotuj i uzgodnij plan wsparcia</translation>
        </message>
        <message>
            <source>Review the support plan with the person</source>
            <translation type="unfinished">Przeprowadź z osobą przegląd planu wsparcia</translation>
        </message>
        <message>
            <source>Complete an Outcome Star assessment</source>
            <translation type="unfinished">Przeprowadź ocenę Outcome Star</translation>
        </message>
        <message>
            <source>Plan the move on, or agree an extension</source>
            <translation type="unfinished">Zaplanuj wyjście ze wsparcia lub uzgodnij przedłużenie</translation>
        </message>
        <message>
            <source>Close support, or record the extension agreed</source>
            <translation type="unfinished">Zakończ wsparcie lub zapisz uzgodnione przedłużenie</translation>
        </message>
        <message>
            <source>Decide whether support continues</source>
            <translation type="unfinished">Zdecyduj, czy wsparcie będzie kontynuowane</translation>
        </message>
        <message>
            <source>Reduce the hours, or record why more are needed</source>
            <translation type="unfinished">Zmniejsz liczbę godzin lub zapisz, dlaczego potrzeba więcej</translation>
        </message>
        <message>
            <source>%1 (%2 h late)</source>
            <translation type="unfinished">%1 (opóźnienie: %2 godz.)</translation>
        </message>
        <message>
            <source>%1 (%2 min late)</source>
            <translation type="unfinished">%1 (opóźnienie: %2 min)</translation>
        </message>
        <message>
            <source>%1 (%2 h left)</source>
            <translation type="unfinished">%1 (pozostało: %2 godz.)</translation>
        </message>
        <message>
            <source>%1 (%2 min left)</source>
            <translation type="unfinished">%1 (pozostało: %2 min)</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation type="unfinished">Tydzień od %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished">%1 (%2)</translation>
        </message>
        <message>
            <source>Not yet allocated</source>
            <translation type="unfinished">Jeszcze nie przydzielono</translation>
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished">Osoba</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation type="unfinished">Co zrobić</translation>
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished">Termin</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation type="unfinished">Umowa</translation>
        </message>
        <message>
            <source>Key worker</source>
            <translation type="unfinished">Opiekun prowadzący</translation>
        </message>
    </context>
    <context>
        <name>waymark::TodayPage</name>
        <message>
            <source>Today</source>
            <translation type="unfinished">Dzisiaj</translation>
        </message>
        <message>
            <source>Whose list</source>
            <translation type="unfinished">Czyja lista</translation>
        </message>
        <message>
            <source>A key worker's own list, or the whole team's</source>
            <translation type="unfinished">Lista danego opiekuna prowadzącego lub całego zespołu</translation>
        </message>
        <message>
            <source>&amp;Showing:</source>
            <translation type="unfinished">&amp;Widok:</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished">&amp;Odśwież</translation>
        </message>
        <message>
            <source>Read the list again (F5)</source>
            <translation type="unfinished">Odczytaj listę ponownie (F5)</translation>
        </message>
        <message>
            <source>Today's list</source>
            <translation type="unfinished">Lista na dziś</translation>
        </message>
        <message>
            <source>The list was not read</source>
            <translation type="unfinished">Listy nie odczytano</translation>
        </message>
        <message>
            <source>Press Refresh (F5) to read it.</source>
            <translation type="unfinished">Naciśnij Odśwież (F5), aby ją odczytać.</translation>
        </message>
        <message>
            <source>Everyone (team view)</source>
            <translation type="unfinished">Wszyscy (widok zespołu)</translation>
        </message>
        <message>
            <source>Your caseload</source>
            <translation type="unfinished">Twoja lista podopiecznych</translation>
        </message>
        <message>
            <source>Your own list: a team leader sees the whole team's</source>
            <translation type="unfinished">Twoja własna lista: kierownik zespołu widzi listę całego zespołu</translation>
        </message>
        <message>
            <source>No key worker</source>
            <translation type="unfinished">Bez opiekuna prowadzącego</translation>
        </message>
        <message>
            <source>Reading what needs attention…</source>
            <translation type="unfinished">Odczytywanie spraw wymagających uwagi…</translation>
        </message>
        <message>
            <source>The Today list could not be read</source>
            <translation type="unfinished">Nie udało się odczytać listy Dzisiaj</translation>
        </message>
        <message>
            <source>no one named</source>
            <translation type="unfinished">bez wskazanej osoby</translation>
        </message>
        <message>
            <source>someone not on your list</source>
            <translation type="unfinished">osoba spoza Twojej listy</translation>
        </message>
        <message>
            <source>, received %1</source>
            <translation type="unfinished">, otrzymano %1</translation>
        </message>
        <message>
            <source>Warning: a serious complaint has not been sent to the commissioner's authorised officer, which must be done at once: %1</source>
            <translation type="unfinished">Uwaga: poważna skarga nie została przekazana upoważnionemu pracownikowi zleceniodawcy, co należy zrobić niezwłocznie: %1</translation>
        </message>
        <message>
            <source>Warning: %1 serious complaints have not been sent to the commissioner's authorised officer, which must be done at once: %2</source>
            <translation type="unfinished">Uwaga: poważne skargi (%1) nie zostały przekazane upoważnionemu pracownikowi zleceniodawcy, co należy zrobić niezwłocznie: %2</translation>
        </message>
        <message>
            <source>1 item needs attention</source>
            <translation type="unfinished">1 sprawa wymaga uwagi</translation>
        </message>
        <message>
            <source>%1 items need attention</source>
            <translation type="unfinished">Sprawy wymagające uwagi: %1</translation>
        </message>
        <message>
            <source>%1 across the team.</source>
            <translation type="unfinished">%1 w całym zespole.</translation>
        </message>
        <message>
            <source>%1. Referrals waiting for first contact are listed for everyone until a key worker is allocated.</source>
            <translation type="unfinished">%1. Skierowania oczekujące na pierwszy kontakt są widoczne dla wszystkich do czasu przydzielenia opiekuna prowadzącego.</translation>
        </message>
        <message>
            <source>Nothing needs attention</source>
            <translation type="unfinished">Nic nie wymaga uwagi</translation>
        </message>
        <message>
            <source>No first contacts, reviews, stars or missed appointments are due for anyone. New referrals appear here until they are contacted.</source>
            <translation type="unfinished">Dla nikogo nie przypadają pierwsze kontakty, przeglądy, oceny gwiazdy ani sprawy opuszczonych wizyt. Nowe skierowania są tu widoczne do czasu nawiązania kontaktu z osobą.</translation>
        </message>
        <message>
            <source>Nothing is due for %1. Choose "Everyone" to see the whole team's list.</source>
            <translation type="unfinished">Brak spraw do wykonania dla: %1. Wybierz "Wszyscy", aby zobaczyć listę całego zespołu.</translation>
        </message>
    </context>
    <context>
        <name>waymark::TriageDialog</name>
        <message>
            <source>Decide on the referral</source>
            <translation type="unfinished">Decyzja w sprawie skierowania</translation>
        </message>
        <message>
            <source>First contact %1.</source>
            <translation type="unfinished">Pierwszy kontakt: %1.</translation>
        </message>
        <message>
            <source>First contact was due by %1 and is overdue.</source>
            <translation type="unfinished">Pierwszy kontakt miał nastąpić do %1 i jest po terminie.</translation>
        </message>
        <message>
            <source>First contact due by %1.</source>
            <translation type="unfinished">Pierwszy kontakt do %1.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; referred to %2 by %3 on %4. %5</source>
            <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; – skierowanie do %2, kierujący: %3, data: %4. %5</translation>
        </message>
        <message>
            <source>Eligibility: nothing to check.</source>
            <translation type="unfinished">Kwalifikowalność: nic do sprawdzenia.</translation>
        </message>
        <message>
            <source>Eligibility to weigh (T 4.1): 
%1</source>
            <translation type="unfinished">Kwalifikowalność do rozważenia (T 4.1): 
%1</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished">Decyzja</translation>
        </message>
        <message>
            <source>&amp;Accept into support</source>
            <translation type="unfinished">&amp;Przyjmij do wsparcia</translation>
        </message>
        <message>
            <source>&amp;Signpost to another service</source>
            <translation type="unfinished">&amp;Wskaż inną usługę</translation>
        </message>
        <message>
            <source>&amp;Decline</source>
            <translation type="unfinished">&amp;Odrzuć</translation>
        </message>
        <message>
            <source>Leave &amp;pending</source>
            <translation type="unfinished">&amp;Zostaw jako oczekujące</translation>
        </message>
        <message>
            <source>Choose the key worker</source>
            <translation type="unfinished">Wybierz opiekuna prowadzącego</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished">Nie odnotowano</translation>
        </message>
        <message>
            <source>&amp;Key worker:</source>
            <translation type="unfinished">Opie&amp;kun prowadzący:</translation>
        </message>
        <message>
            <source>Accommodation-&amp;based support:</source>
            <translation type="unfinished">Wsparcie w &amp;miejscu zakwaterowania:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation type="unfinished">&amp;Uzasadnienie:</translation>
        </message>
        <message>
            <source>&amp;Record decision</source>
            <translation type="unfinished">Zapisz &amp;decyzję</translation>
        </message>
        <message>
            <source>Service signposted to</source>
            <translation type="unfinished">Wskazana usługa</translation>
        </message>
        <message>
            <source>Reason for declining</source>
            <translation type="unfinished">Powód odrzucenia</translation>
        </message>
        <message>
            <source>The decision was not recorded: correct the fields marked below.</source>
            <translation type="unfinished">Decyzji nie zapisano: popraw pola oznaczone poniżej.</translation>
        </message>
        <message>
            <source>Support s&amp;tarts:</source>
            <translation type="unfinished">Począ&amp;tek wsparcia:</translation>
        </message>
        <message>
            <source>Service signposted &amp;to:</source>
            <translation type="unfinished">Wskazana u&amp;sługa:</translation>
        </message>
        <message>
            <source>Reason for decl&amp;ining:</source>
            <translation type="unfinished">Powód od&amp;rzucenia:</translation>
        </message>
    </context>
</TS>
