# The fuzz targets, shared by the fuzz build (CMakeLists.txt here) and the ordinary suite's replay
# (replay.cmake): NAME MAX_LEN pairs. MAX_LEN bounds libFuzzer's inputs: each is larger than the seeds and
# than any limit the parser enforces that the target lowers for fuzzing (see each fuzz_NAME.cpp).
set(FUSION_FUZZ_TARGETS
    xmlrpc_reader 16384
    http_response 8192
    http_server_request 8192
    sse 4096
    provider_json 8192
    key_file 4096
    prompt_template 4096
    redactor 8192
    field_assignment 1024
    database_url 1024
    usage_file 8192)
