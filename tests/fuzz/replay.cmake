# The fuzz targets in the ordinary suite: each target's source with ReplayMain.cpp instead of libFuzzer, fed
# every file of its seed corpus and of its regressions (the inputs that once broke it), so the invariants and
# the fixes are checked by every build and its sanitizers, not only by the fuzz job (`ctest -L fuzz` in
# build-fuzz).
include(${CMAKE_CURRENT_LIST_DIR}/targets.cmake)
set(fuzz_dir ${CMAKE_CURRENT_LIST_DIR})
add_library(fusion_fuzz_replay STATIC ${fuzz_dir}/ReplayMain.cpp)
set_target_properties(fusion_fuzz_replay PROPERTIES AUTOMOC OFF)
target_link_libraries(fusion_fuzz_replay PUBLIC fusion_parsers)
list(LENGTH FUSION_FUZZ_TARGETS n)
math(EXPR last "${n} - 1")
foreach(i RANGE 0 ${last} 2)
    list(GET FUSION_FUZZ_TARGETS ${i} name)
    add_executable(tst_fuzz_replay_${name} ${fuzz_dir}/fuzz_${name}.cpp)
    target_link_libraries(tst_fuzz_replay_${name} PRIVATE fusion_fuzz_replay PkgConfig::SODIUM)
    set_target_properties(tst_fuzz_replay_${name} PROPERTIES UNITY_BUILD OFF AUTOMOC OFF)
    add_test(NAME tst_fuzz_replay_${name}
             COMMAND tst_fuzz_replay_${name} ${fuzz_dir}/corpus/${name} ${fuzz_dir}/regressions/${name})
    set_tests_properties(tst_fuzz_replay_${name} PROPERTIES
        LABELS "unit;replay" TIMEOUT 60
        ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1;LSAN_OPTIONS=suppressions=${fuzz_dir}/../lsan.supp:print_suppressions=0;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endforeach()
