/*
 * sanitize.c - the sanitizer options of every unit test, linked into each
 * (tests/CMakeLists.txt); under a build without -DCNKG_SANITIZE=ON nothing
 * calls them.
 *
 * What the libraries below us leak by design or by bug (Graphviz 2.43's dot
 * layout, its pango plugin and fontconfig's caches, raptor 2.0.15's
 * N-Triples parser, which the query engine feeds rasqal through), so that
 * LeakSanitizer reports only our own leaks: the union of what the tests
 * that render, write or query need. Full unwinding lets the rules (these
 * and tests/lsan.supp's) see the leaking frame.
 */
const char *__asan_default_options(void);
const char *__lsan_default_suppressions(void);

const char *__asan_default_options(void)
{
    return "fast_unwind_on_malloc=0";
}

const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n"
           "leak:libpango\n"
           "leak:libgvplugin_pango.so\n"
           "leak:libgvplugin_dot_layout.so\n"
           "leak:named_virtual_node\n"
           "leak:raptor_ntriples_parse_term\n";
}
