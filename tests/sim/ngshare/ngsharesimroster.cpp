// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT

// Endpoints 1-12: courses, instructors and students, with their checks in ngshare's order.

#include "tests/sim/ngshare/ngsharesimapi.h"

#include <QJsonArray>
#include <QJsonObject>

namespace GradeDesk::Tests {

using namespace NgshareSim;

namespace {

/// The three person fields every add/update needs, in the order ngshare asks for them.
std::optional<QString> missingNameField(const NgCall &call, NgshareSimulator::Person &person)
{
    person.firstName = call.argument(QStringLiteral("first_name"));
    if (!person.firstName) {
        return QStringLiteral("Please supply first name");
    }
    person.lastName = call.argument(QStringLiteral("last_name"));
    if (!person.lastName) {
        return QStringLiteral("Please supply last name");
    }
    person.email = call.argument(QStringLiteral("email"));
    if (!person.email) {
        return QStringLiteral("Please supply email");
    }
    return std::nullopt;
}

/// Python sorts strings by code point; QString compares UTF-16 units, which differ above U+FFFF.
bool codePointLess(const QString &a, const QString &b)
{
    const QList<uint> ua = a.toUcs4();
    const QList<uint> ub = b.toUcs4();
    return std::lexicographical_compare(ua.cbegin(), ua.cend(), ub.cbegin(), ub.cend());
}

void upsert(QList<NgshareSimulator::Person> &people, const NgshareSimulator::Person &person)
{
    for (NgshareSimulator::Person &existing : people) {
        if (existing.username == person.username) {
            existing = person;
            return;
        }
    }
    people.append(person);
}

} // namespace

SimHttpResponse NgshareSimulator::Api::listCourses(NgCall &call)
{
    QStringList ids;
    for (const SimNgCourse &course : std::as_const(m_state.courses)) {
        if (isAdmin(call) || course.teaches(*call.user) || course.takes(*call.user)) {
            ids.append(course.id);
        }
    }
    std::sort(ids.begin(), ids.end(), codePointLess);
    return success({{"courses", jsonStringArray(ids)}});
}

SimHttpResponse NgshareSimulator::Api::addCourse(NgCall &call)
{
    const QString courseId = call.ids.at(0);
    if (Check refused = checkAdmin(call)) {
        return *refused;
    }
    if (m_state.course(courseId)) {
        return failure(409, QStringLiteral("Course already exists"));
    }
    const std::optional<QJsonValue> value =
        parseJsonValue(call.argument(QStringLiteral("instructors")).value_or(QStringLiteral("[]")));
    if (!value) {
        return failure(400, QStringLiteral("Instructors cannot be JSON decoded"));
    }
    // ngshare iterates whatever was decoded: a list's items, a string's characters, an object's keys.
    QStringList names;
    if (value->isArray()) {
        const QJsonArray items = value->toArray();
        for (const QJsonValue &item : items) {
            if (!item.isString()) {
                return tornadoPage(500);
            }
            names.append(item.toString());
        }
    } else if (value->isString()) {
        const QList<uint> characters = value->toString().toUcs4();
        for (const uint c : characters) {
            const char32_t character = c;
            names.append(QString::fromUcs4(&character, 1));
        }
    } else if (value->isObject()) {
        names = value->toObject().keys();
    } else {
        return tornadoPage(500);
    }
    SimNgCourse course;
    course.id = courseId;
    for (const QString &name : std::as_const(names)) {
        if (course.teaches(name)) {
            // The second membership row violates the association's primary key.
            return tornadoPage(500);
        }
        course.instructors.append(Person{name, {}, {}, {}});
    }
    m_state.courses.append(course);
    return success();
}

SimHttpResponse NgshareSimulator::Api::deleteCourse(NgCall &call)
{
    if (Check refused = checkAdmin(call)) {
        return *refused;
    }
    const QString courseId = call.ids.at(0);
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(courseId, course)) {
        return *refused;
    }
    m_state.courses.removeIf([&courseId](const SimNgCourse &c) { return c.id == courseId; });
    return success();
}

SimHttpResponse NgshareSimulator::Api::postInstructor(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseInstructor(call, *course)) {
        return *refused;
    }
    Person person{call.ids.at(1), {}, {}, {}};
    if (const std::optional<QString> missing = missingNameField(call, person)) {
        return failure(400, *missing);
    }
    const bool admin = isAdmin(call);
    // These refusals are 400 and keep their suffix whatever the debug setting (ngshare's own words).
    if (course->takes(person.username)) {
        if (!admin) {
            return failure(400, QStringLiteral("Permission denied (cannot modify instructors)"));
        }
        course->students.removeIf([&person](const Person &p) { return p.username == person.username; });
    }
    if (!course->teaches(person.username) && !admin) {
        return failure(400, QStringLiteral("Permission denied (cannot modify instructors)"));
    }
    if (!admin && person.username != *call.user) {
        return failure(400, QStringLiteral("Permission denied (cannot modify other instructors)"));
    }
    upsert(course->instructors, person);
    return success();
}

SimHttpResponse NgshareSimulator::Api::getInstructor(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseUser(call, *course)) {
        return *refused;
    }
    const Person *instructor = course->instructor(call.ids.at(1));
    if (!instructor) {
        return failure(404, QStringLiteral("Instructor not found"));
    }
    return success(ngPersonFields(*instructor));
}

SimHttpResponse NgshareSimulator::Api::deleteInstructor(NgCall &call)
{
    if (Check refused = checkAdmin(call)) {
        return *refused;
    }
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    const QString instructorId = call.ids.at(1);
    if (!course->teaches(instructorId)) {
        return failure(404, QStringLiteral("Instructor not found"));
    }
    course->instructors.removeIf([&instructorId](const Person &p) { return p.username == instructorId; });
    return success();
}

SimHttpResponse NgshareSimulator::Api::listInstructors(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseUser(call, *course)) {
        return *refused;
    }
    QList<QByteArray> people;
    for (const Person &person : std::as_const(course->instructors)) {
        people.append(jsonObject(ngPersonFields(person)));
    }
    return success({{"instructors", jsonArray(people)}});
}

SimHttpResponse NgshareSimulator::Api::postStudent(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseInstructor(call, *course)) {
        return *refused;
    }
    Person person{call.ids.at(1), {}, {}, {}};
    if (const std::optional<QString> missing = missingNameField(call, person)) {
        return failure(400, *missing);
    }
    if (course->teaches(person.username)) {
        return failure(409, QStringLiteral("Cannot add instructor as student"));
    }
    upsert(course->students, person);
    return success();
}

SimHttpResponse NgshareSimulator::Api::getStudent(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    const QString studentId = call.ids.at(1);
    if (Check refused = checkSelfOrInstructor(call, *course, studentId)) {
        return *refused;
    }
    const Person *student = course->student(studentId);
    if (!student) {
        return failure(404, QStringLiteral("Student not found"));
    }
    return success(ngPersonFields(*student));
}

SimHttpResponse NgshareSimulator::Api::deleteStudent(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseInstructor(call, *course)) {
        return *refused;
    }
    const QString studentId = call.ids.at(1);
    if (!course->takes(studentId)) {
        return failure(404, QStringLiteral("Student not found"));
    }
    course->students.removeIf([&studentId](const Person &p) { return p.username == studentId; });
    return success();
}

SimHttpResponse NgshareSimulator::Api::postStudents(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseInstructor(call, *course)) {
        return *refused;
    }
    const QString text = call.argument(QStringLiteral("students")).value_or(QString());
    if (text.isEmpty()) {
        return failure(400, QStringLiteral("Please supply students"));
    }
    const std::optional<QJsonValue> value = parseJsonValue(text);
    if (!value) {
        return failure(400, QStringLiteral("Students cannot be JSON decoded"));
    }
    if (!value->isArray()) {
        return failure(400, QStringLiteral("Incorrect request format"));
    }
    const QJsonArray items = value->toArray();
    if (items.isEmpty()) {
        return failure(400, QStringLiteral("Please supply students"));
    }
    static const QStringList keys{QStringLiteral("username"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                                  QStringLiteral("email")};
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const bool valid = item.isObject() && std::all_of(keys.cbegin(), keys.cend(), [&object](const QString &key) {
                               return object.value(key).isString();
                           });
        if (!valid) {
            return failure(400, QStringLiteral("Incorrect request format"));
        }
    }
    QList<QByteArray> status;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const QString username = object.value(keys[0]).toString();
        if (course->teaches(username)) {
            status.append(jsonObject({{"username", jsonString(username)},
                                      {"success", "false"},
                                      {"message", jsonString(QStringLiteral("Cannot add instructor as student"))}}));
            continue;
        }
        upsert(course->students, Person{username, object.value(keys[1]).toString(), object.value(keys[2]).toString(),
                                        object.value(keys[3]).toString()});
        status.append(jsonObject({{"username", jsonString(username)}, {"success", "true"}}));
    }
    return success({{"status", jsonArray(status)}});
}

SimHttpResponse NgshareSimulator::Api::listStudents(NgCall &call)
{
    SimNgCourse *course = nullptr;
    if (Check refused = findCourse(call.ids.at(0), course)) {
        return *refused;
    }
    if (Check refused = checkCourseInstructor(call, *course)) {
        return *refused;
    }
    QList<QByteArray> people;
    for (const Person &person : std::as_const(course->students)) {
        people.append(jsonObject(ngPersonFields(person)));
    }
    return success({{"students", jsonArray(people)}});
}

} // namespace GradeDesk::Tests
