#include "core/selftest.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>

#include <new>

using namespace utopiahire::core;

TEST(FailOnPurpose, EachKindThrowsWhatItNames) {
    EXPECT_EQ(fail_on_purpose("none"), "ok");
    EXPECT_THROW(fail_on_purpose("invalid_argument"), InputError);
    EXPECT_THROW(fail_on_purpose("bad_alloc"), std::bad_alloc);
    EXPECT_THROW(fail_on_purpose("runtime_error"), std::runtime_error);
    EXPECT_THROW(fail_on_purpose("unknown"), int);
    EXPECT_THROW(fail_on_purpose("no such kind"), InputError);
}
