// Table-driven coverage checks: a case is an answer to a question and the status expected of its
// must points. Many tests build a question, analyse a few answers and compare the statuses; written
// as rows, each test says only what differs, and a failure names the answer and the point.
#pragma once

#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace uh_test {

using utopiahire::core::PointStatus;

// A status a point is expected to have or, made by not_(), one it must not have (EXPECT_NE).
struct Expected {
    PointStatus status;
    bool differs = false;
    Expected(PointStatus s) : status(s) {}   // implicit: a row writes the status alone
};

inline Expected not_(PointStatus status) {
    Expected e(status);
    e.differs = true;
    return e;
}

// Whether points (a coverage's must or bonus results, as a pass left them) first, first + 1, ...
// meet `expected` in order; a failure names the first point that does not.
inline ::testing::AssertionResult statuses_are(const std::vector<utopiahire::core::PointResult>& points,
                                               const std::vector<Expected>& expected, size_t first = 0) {
    for (size_t i = 0; i < expected.size(); ++i) {
        const size_t point = first + i;
        if (point >= points.size()) return ::testing::AssertionFailure() << "no point " << point;
        const PointStatus got = points[point].status;
        if ((got == expected[i].status) == expected[i].differs)
            return ::testing::AssertionFailure()
                   << "point " << point << " is " << utopiahire::core::status_name(got) << ", expected "
                   << (expected[i].differs ? "anything but " : "") << utopiahire::core::status_name(expected[i].status);
    }
    return ::testing::AssertionSuccess();
}

// Whether must points first, first + 1, ... of q's analysis of `answer` meet `expected` in order;
// a failure names the first point that does not, the answer and the whole coverage.
inline ::testing::AssertionResult points_are(Question& q, const std::string& answer,
                                             const std::vector<Expected>& expected, size_t first = 0) {
    const utopiahire::core::Coverage c = utopiahire::core::key_point_coverage(q.input(answer));
    ::testing::AssertionResult result = statuses_are(c.must, expected, first);
    if (!result) result << " (must points), for \"" << answer << "\"\n" << utopiahire::core::coverage_json(c);
    return result;
}

// A question of these must points alone (no text, no sample answer, technical): what most coverage
// tests need.
inline Question must_points(const std::vector<std::string>& points) {
    Question q;
    q.key_points = R"({"must_mention": [)";
    for (size_t i = 0; i < points.size(); ++i) {
        q.key_points += i ? ", \"" : "\"";
        for (const char c : points[i]) {
            if (c == '"' || c == '\\') q.key_points += '\\';
            q.key_points += c;
        }
        q.key_points += '"';
    }
    q.key_points += "]}";
    return q;
}

// The status of the one must point `point` of a question asked as `question_text` in the analysis
// of `answer`.
inline PointStatus one_point_status(const std::string& question_text, const std::string& point,
                                    const std::string& answer, const std::string& type = "technical") {
    Question q = must_points({point});
    q.question_text = question_text;
    q.type = type;
    return status_of(q, answer);
}

// One answer and what one point should give for it.
struct Row {
    std::string answer;
    Expected expected;
};

// Checks every row against must point `point` of q (all rows are checked, each failure on its own).
inline void expect_rows(Question& q, const std::vector<Row>& rows, size_t point = 0) {
    for (const Row& row : rows) EXPECT_TRUE(points_are(q, row.answer, {row.expected}, point));
}

// The same for a question built in place (must_points(...)).
inline void expect_rows(Question&& q, const std::vector<Row>& rows, size_t point = 0) { expect_rows(q, rows, point); }

// What a pass reading the answer's register (promote_coherent, promote_told_story: pass(coverage,
// informal)) leaves of one hand-built coverage in a formal answer and in an informal one, which the
// tests of the informal rules compare.
struct ByRegister {
    utopiahire::core::Coverage formal, informal;
};

template <class Pass>
ByRegister by_register(const utopiahire::core::Coverage& coverage, Pass pass) {
    ByRegister r{coverage, coverage};
    pass(r.formal, false);
    pass(r.informal, true);
    return r;
}

// promote_coherent at its share, as key_point_coverage applies it, for by_register.
inline void coherent_pass(utopiahire::core::Coverage& coverage, bool informal) {
    utopiahire::core::promote_coherent(coverage, utopiahire::core::coherent_share, informal);
}

}  // namespace uh_test
