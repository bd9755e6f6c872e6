/* Test-environment stand-in for Windows' icuuc.dll, which Windows 10 (1903+) ships and Wine 8
 * does not: Qt6Core imports these converter functions by name, so the loader needs them present.
 * Each refuses politely (Qt then falls back to its own UTF codecs). Built with mingw by
 * smoke-wine.sh into the private Wine prefix only; never shipped. */
#include <stddef.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4

__declspec(dllexport) void *ucnv_open(const char *name, UErrorCode *err) {
  (void)name;
  if (err) *err = U_FILE_ACCESS_ERROR;
  return NULL;
}
#define STUB(name) __declspec(dllexport) long long name(void) { return 0; }
STUB(ucnv_close) STUB(UCNV_FROM_U_CALLBACK_SUBSTITUTE) STUB(UCNV_TO_U_CALLBACK_SUBSTITUTE)
STUB(ucnv_reset) STUB(ucnv_getMaxCharSize) STUB(ucnv_getName) STUB(ucnv_getToUCallBack)
STUB(ucnv_getFromUCallBack) STUB(ucnv_setToUCallBack) STUB(ucnv_setFromUCallBack)
STUB(ucnv_cbToUWriteUChars) STUB(ucnv_toUnicode) STUB(ucnv_cbFromUWriteUChars)
STUB(ucnv_toUCountPending) STUB(ucnv_fromUCountPending) STUB(ucnv_getStandardName)
STUB(ucnv_getAvailableName) STUB(ucnv_countAvailable) STUB(ucnv_fromUnicode)
