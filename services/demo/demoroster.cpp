// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "demoroster.h"

#include "demorandom.h"

#include <QSet>

#include <array>

namespace GradeDesk::Services {

namespace {

// A display name and the ASCII spelling used for the username.
struct Name {
    const char *display; // UTF-8
    const char *ascii;
};

constexpr std::array<Name, 64> firstNames{{
    {"Amara", "amara"},
    {"Kwame", "kwame"},
    {"Zoë", "zoe"},
    {"Mateo", "mateo"},
    {"Aiko", "aiko"},
    {"Lars", "lars"},
    {"Priya", "priya"},
    {"Tomás", "tomas"},
    {"Fatima", "fatima"},
    {"Chen", "chen"},
    {"Olga", "olga"},
    {"Kofi", "kofi"},
    {"Ingrid", "ingrid"},
    {"Rahul", "rahul"},
    {"Léa", "lea"},
    {"Diego", "diego"},
    {"Yuki", "yuki"},
    {"Nadia", "nadia"},
    {"Emeka", "emeka"},
    {"Sofia", "sofia"},
    {"Björn", "bjorn"},
    {"Anh", "anh"},
    {"Malik", "malik"},
    {"Elena", "elena"},
    {"Tariq", "tariq"},
    {"Hana", "hana"},
    {"Joaquín", "joaquin"},
    {"Ayesha", "ayesha"},
    {"Finn", "finn"},
    {"Mei", "mei"},
    {"Oluwaseun", "oluwaseun"},
    {"Clara", "clara"},
    {"Ravi", "ravi"},
    {"Signe", "signe"},
    {"Kenji", "kenji"},
    {"Lucía", "lucia"},
    {"Adebayo", "adebayo"},
    {"Freya", "freya"},
    {"Arjun", "arjun"},
    {"Noor", "noor"},
    {"Mihai", "mihai"},
    {"Thandiwe", "thandiwe"},
    {"Sami", "sami"},
    {"Ines", "ines"},
    {"Dmitri", "dmitri"},
    {"Wanjiru", "wanjiru"},
    {"Hugo", "hugo"},
    {"Leila", "leila"},
    {"Jonas", "jonas"},
    {"Camila", "camila"},
    {"Ibrahim", "ibrahim"},
    {"Astrid", "astrid"},
    {"Kai", "kai"},
    {"Rosa", "rosa"},
    {"Nikhil", "nikhil"},
    {"Ebba", "ebba"},
    {"Omar", "omar"},
    {"Yasmin", "yasmin"},
    {"Pedro", "pedro"},
    {"Zainab", "zainab"},
    {"Marek", "marek"},
    {"Chiara", "chiara"},
    {"Tunde", "tunde"},
    {"Élodie", "elodie"},
}};

constexpr std::array<Name, 64> lastNames{{
    {"Okafor", "okafor"},
    {"Mensah", "mensah"},
    {"Lindqvist", "lindqvist"},
    {"García", "garcia"},
    {"Tanaka", "tanaka"},
    {"Haugen", "haugen"},
    {"Sharma", "sharma"},
    {"Ferreira", "ferreira"},
    {"Haddad", "haddad"},
    {"Wang", "wang"},
    {"Petrova", "petrova"},
    {"Boateng", "boateng"},
    {"Nilsen", "nilsen"},
    {"Iyer", "iyer"},
    {"Dubois", "dubois"},
    {"Morales", "morales"},
    {"Sato", "sato"},
    {"Rahman", "rahman"},
    {"Eze", "eze"},
    {"Rossi", "rossi"},
    {"Østergaard", "ostergaard"},
    {"Nguyễn", "nguyen"},
    {"Diallo", "diallo"},
    {"Popescu", "popescu"},
    {"Aziz", "aziz"},
    {"Kim", "kim"},
    {"Núñez", "nunez"},
    {"Qureshi", "qureshi"},
    {"O'Brien", "obrien"},
    {"Li", "li"},
    {"Adeyemi", "adeyemi"},
    {"Schmidt", "schmidt"},
    {"Patel", "patel"},
    {"Jensen", "jensen"},
    {"Watanabe", "watanabe"},
    {"Fernández", "fernandez"},
    {"Bello", "bello"},
    {"MacLeod", "macleod"},
    {"Reddy", "reddy"},
    {"Hussein", "hussein"},
    {"Ionescu", "ionescu"},
    {"Dlamini", "dlamini"},
    {"Virtanen", "virtanen"},
    {"Benali", "benali"},
    {"Volkov", "volkov"},
    {"Kamau", "kamau"},
    {"Lefèvre", "lefevre"},
    {"Karimi", "karimi"},
    {"Weber", "weber"},
    {"Souza", "souza"},
    {"Yusuf", "yusuf"},
    {"Holm", "holm"},
    {"Nakamura", "nakamura"},
    {"Ortiz", "ortiz"},
    {"Menon", "menon"},
    {"Berg", "berg"},
    {"Farouk", "farouk"},
    {"Chowdhury", "chowdhury"},
    {"Silva", "silva"},
    {"Abubakar", "abubakar"},
    {"Nowak", "nowak"},
    {"Bianchi", "bianchi"},
    {"Ogunleye", "ogunleye"},
    {"Van der Berg", "vanderberg"},
}};

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QList<DemoStudent> DemoRoster::generate(int count, quint64 seed)
{
    QList<DemoStudent> students;
    students.reserve(qMax(0, count));
    QSet<QString> taken;
    DemoRandom random = DemoRandom::derive(seed, 0x5EED0001);
    for (int i = 0; i < count; ++i) {
        const Name &first = firstNames[size_t(random.below(int(firstNames.size())))];
        const Name &last = lastNames[size_t(random.below(int(lastNames.size())))];
        const QString base = QLatin1String(first.ascii) + QLatin1Char('.') + QLatin1String(last.ascii);
        QString id = base;
        for (int suffix = 2; taken.contains(id); ++suffix) {
            id = base + QString::number(suffix);
        }
        taken.insert(id);
        DemoStudent student;
        student.id = id;
        student.firstName = QString::fromUtf8(first.display);
        student.lastName = QString::fromUtf8(last.display);
        student.email = id + QStringLiteral("@students.example.edu");
        students.append(student);
    }
    return students;
}

QByteArray DemoRoster::toCsv(const QList<DemoStudent> &students)
{
    QString csv = QStringLiteral("id,first_name,last_name,email\n");
    for (const DemoStudent &student : students) {
        csv += csvField(student.id) + QLatin1Char(',') + csvField(student.firstName) + QLatin1Char(',') +
               csvField(student.lastName) + QLatin1Char(',') + csvField(student.email) + QLatin1Char('\n');
    }
    return csv.toUtf8();
}

} // namespace GradeDesk::Services
