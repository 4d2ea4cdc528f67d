// A calendar date as documents print it; part of the plugin contract through doc::Metadata.
#pragma once

namespace wardreport {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator<(const Date& a, const Date& b) {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
};

}  // namespace wardreport
