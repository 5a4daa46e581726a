// The Catch2 main() for tests/unit: each other file there adds TEST_CASEs.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
