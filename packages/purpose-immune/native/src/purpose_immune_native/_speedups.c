/* The learned detector's feature extraction in C: the same bytes and bucket indexes as
 * purpose_immune_classifier.features.clean_bytes and ngram_buckets, without numpy's per-call cost
 * (a dozen array passes and temporaries, which are most of a short text's scoring time).
 *
 * Integer arithmetic only (uint64, wrapping modulo 2**64 as numpy's uint64 arrays do), so the results are
 * exactly those of the numpy formulas; the package's tests check it on random and corpus text.
 *
 * Also the rule engine's word index (word_index, for purpose_immune_engine.prefixes.ViewIndex): where each
 * word of an ASCII view starts, by its four-character key, in one pass instead of one search per key. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* clean(raw) -> bytes: every ASCII byte that is not a digit or lower-case letter becomes a space (bytes
 * >= 128 are kept), and a space that follows a space is dropped. */
static PyObject *clean(PyObject *self, PyObject *arg) {
    Py_buffer in;
    if (PyObject_GetBuffer(arg, &in, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *src = (const unsigned char *)in.buf;
    Py_ssize_t n = in.len;
    PyObject *out = PyBytes_FromStringAndSize(NULL, n);
    if (out == NULL) { PyBuffer_Release(&in); return NULL; }
    unsigned char *dst = (unsigned char *)PyBytes_AS_STRING(out);
    Py_ssize_t k = 0;
    int prev_space = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = src[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c >= 128)) c = ' ';
        int space = c == ' ';
        if (space && prev_space && i > 0) continue;
        dst[k++] = c;
        prev_space = space;
    }
    PyBuffer_Release(&in);
    if (_PyBytes_Resize(&out, k) < 0) return NULL;
    return out;
}

/* The hashed n-grams of b[0:n], in the order of features.ngrams: character 3-, 4- and 5-grams (packed one
 * byte per 8 bits), then word 1- and 2-grams (polynomial hash sum b[i] * p**(i - s) over the bytes), each
 * salted, times mix, shifted. Writes the bucket of each into idx and, when pos is not NULL, its start. */
typedef struct {
    uint64_t p, mix, salts[5];
    int shift;
} hash_params;

static Py_ssize_t count_ngrams(const unsigned char *b, Py_ssize_t n, Py_ssize_t *n_spaces_out) {
    Py_ssize_t n_spaces = 0, total = 0;
    for (Py_ssize_t i = 0; i < n; i++) n_spaces += b[i] == ' ';
    for (int order = 3; order <= 5; order++) if (n - order + 1 >= 1) total += n - order + 1;
    if (n_spaces >= 2) total += n_spaces - 1;
    if (n_spaces >= 3) total += n_spaces - 2;
    *n_spaces_out = n_spaces;
    return total;
}

static int fill_ngrams(const unsigned char *b, Py_ssize_t n, Py_ssize_t n_spaces, const hash_params *hp,
                       int64_t *idx, int64_t *pos) {
    Py_ssize_t k = 0;
    const uint64_t m = hp->mix;
    const int shift = hp->shift;
    for (int order = 3; order <= 5; order++) {
        Py_ssize_t count = n - order + 1;
        uint64_t salt = hp->salts[order - 3];
        for (Py_ssize_t i = 0; i < count; i++) {
            uint64_t packed = 0;
            for (int j = 0; j < order; j++) packed = (packed << 8) | b[i + j];
            idx[k] = (int64_t)(((packed ^ salt) * m) >> shift);
            if (pos) pos[k] = i;
            k++;
        }
    }
    if (n_spaces < 2) return 0;
    Py_ssize_t *sp = PyMem_Malloc(n_spaces * sizeof(Py_ssize_t));
    uint64_t *wh = PyMem_Malloc(n_spaces * sizeof(uint64_t));
    uint64_t *wp = PyMem_Malloc(n_spaces * sizeof(uint64_t));
    if (sp == NULL || wh == NULL || wp == NULL) {
        PyMem_Free(sp); PyMem_Free(wh); PyMem_Free(wp);
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t s = 0;
    for (Py_ssize_t i = 0; i < n; i++) if (b[i] == ' ') sp[s++] = i;
    const uint64_t P = hp->p;
    for (Py_ssize_t j = 0; j + 1 < n_spaces; j++) {
        /* word j: bytes sp[j] + 1 .. sp[j + 1] - 1, hashed as sum b[i] * P**(i - start) */
        uint64_t h = 0, pw = 1;
        for (Py_ssize_t i = sp[j] + 1; i < sp[j + 1]; i++) { h += b[i] * pw; pw *= P; }
        wh[j] = h;
        wp[j] = pw; /* P ** (length of word j) */
        idx[k] = (int64_t)(((h ^ hp->salts[3]) * m) >> shift);
        if (pos) pos[k] = sp[j] + 1;
        k++;
    }
    for (Py_ssize_t j = 0; j + 2 < n_spaces; j++) {
        /* words j and j + 1 with the space between them: the bytes' hash read from the two words' */
        uint64_t h = wh[j] + (uint64_t)' ' * wp[j] + wp[j] * P * wh[j + 1];
        idx[k] = (int64_t)(((h ^ hp->salts[4]) * m) >> shift);
        if (pos) pos[k] = sp[j] + 1;
        k++;
    }
    PyMem_Free(sp); PyMem_Free(wh); PyMem_Free(wp);
    return 0;
}

static int check_shift(int shift) {
    if (shift < 1 || shift > 63) {
        PyErr_SetString(PyExc_ValueError, "shift must be in 1..63");
        return -1;
    }
    return 0;
}

/* buckets(cleaned, p, mix, shift, salt_c3, salt_c4, salt_c5, salt_w1, salt_w2) -> bytes of int64 bucket
 * indexes, in the order of features.ngram_buckets. */
static PyObject *buckets(PyObject *self, PyObject *args) {
    Py_buffer in;
    unsigned long long p, mix, salts[5];
    int shift;
    if (!PyArg_ParseTuple(args, "y*KKiKKKKK", &in, &p, &mix, &shift, &salts[0], &salts[1], &salts[2],
                          &salts[3], &salts[4]))
        return NULL;
    if (check_shift(shift) < 0) { PyBuffer_Release(&in); return NULL; }
    hash_params hp = {p, mix, {salts[0], salts[1], salts[2], salts[3], salts[4]}, shift};
    const unsigned char *b = (const unsigned char *)in.buf;
    Py_ssize_t n_spaces, total = count_ngrams(b, in.len, &n_spaces);
    PyObject *out = PyBytes_FromStringAndSize(NULL, total * (Py_ssize_t)sizeof(int64_t));
    if (out == NULL) { PyBuffer_Release(&in); return NULL; }
    if (fill_ngrams(b, in.len, n_spaces, &hp, (int64_t *)PyBytes_AS_STRING(out), NULL) < 0) {
        Py_DECREF(out); PyBuffer_Release(&in); return NULL;
    }
    PyBuffer_Release(&in);
    return out;
}

/* chunk_sums(cleaned, weights, stride, p, mix, shift, salts...) -> (sums, counts, last_start): for each
 * chunk of stride bytes, the sum (float64, added in n-gram order, as numpy's bincount adds them) of the
 * float32 weights of the n-grams that start in it, and how many start there; last_start is the largest
 * start (-1 when there is no n-gram). sums and counts are bytes of float64 and int64. */
static PyObject *chunk_sums(PyObject *self, PyObject *args) {
    Py_buffer in, w;
    Py_ssize_t stride;
    unsigned long long p, mix, salts[5];
    int shift;
    if (!PyArg_ParseTuple(args, "y*y*nKKiKKKKK", &in, &w, &stride, &p, &mix, &shift, &salts[0], &salts[1],
                          &salts[2], &salts[3], &salts[4]))
        return NULL;
    PyObject *result = NULL, *sums = NULL, *counts = NULL;
    int64_t *idx = NULL, *pos = NULL;
    if (check_shift(shift) < 0) goto done;
    if (stride < 1) { PyErr_SetString(PyExc_ValueError, "stride must be positive"); goto done; }
    if ((size_t)w.len / sizeof(float) < ((size_t)1 << (64 - shift))) {
        PyErr_SetString(PyExc_ValueError, "weights shorter than the number of buckets");
        goto done;
    }
    hash_params hp = {p, mix, {salts[0], salts[1], salts[2], salts[3], salts[4]}, shift};
    const unsigned char *b = (const unsigned char *)in.buf;
    const float *wt = (const float *)w.buf;
    Py_ssize_t n_spaces, total = count_ngrams(b, in.len, &n_spaces);
    idx = PyMem_Malloc((total ? total : 1) * sizeof(int64_t));
    pos = PyMem_Malloc((total ? total : 1) * sizeof(int64_t));
    if (idx == NULL || pos == NULL) { PyErr_NoMemory(); goto done; }
    if (fill_ngrams(b, in.len, n_spaces, &hp, idx, pos) < 0) goto done;
    Py_ssize_t last = -1;
    for (Py_ssize_t k = 0; k < total; k++) if (pos[k] > last) last = pos[k];
    Py_ssize_t n_chunks = last < 0 ? 0 : last / stride + 1;
    sums = PyBytes_FromStringAndSize(NULL, n_chunks * (Py_ssize_t)sizeof(double));
    counts = PyBytes_FromStringAndSize(NULL, n_chunks * (Py_ssize_t)sizeof(int64_t));
    if (sums == NULL || counts == NULL) goto done;
    double *su = (double *)PyBytes_AS_STRING(sums);
    int64_t *co = (int64_t *)PyBytes_AS_STRING(counts);
    for (Py_ssize_t c = 0; c < n_chunks; c++) { su[c] = 0.0; co[c] = 0; }
    for (Py_ssize_t k = 0; k < total; k++) {
        Py_ssize_t c = pos[k] / stride;
        su[c] += (double)wt[idx[k]];
        co[c] += 1;
    }
    result = Py_BuildValue("(OOn)", sums, counts, last);
done:
    Py_XDECREF(sums);
    Py_XDECREF(counts);
    PyMem_Free(idx);
    PyMem_Free(pos);
    PyBuffer_Release(&in);
    PyBuffer_Release(&w);
    return result;
}

/* Word characters of an ASCII text as Python's \w and str.isalnum() + "_" see them: [0-9A-Za-z_]. */
static unsigned char word_table[256];

static void fill_word_table(void) {
    for (int c = 0; c < 256; c++)
        word_table[c] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static inline int is_word(unsigned char c) { return word_table[c]; }

/* word_index(data) -> (codes, bounds, offsets): for ASCII ``data``, every string of one to four characters
 * that begins a word (a maximal run of word characters; four characters is the key length of
 * purpose_immune_engine.anchors.word_key) with the offsets of the words it begins, increasing. "you" thus
 * holds the words "you", "your" and "young", "your" the words "your" and "yours". One pass over the bytes
 * replaces one substring search of the whole text per key (purpose_immune_engine.prefixes.ViewIndex
 * .word_starts), and three objects are made whatever the text's length: the caller looks up only the
 * keys it asks for, in the open-addressing table itself. ``codes`` (native uint64, a power of two of
 * slots) holds each string packed as its bytes (the first in the lowest byte) plus its length times
 * 2**32, 0 in an empty slot; a string's home slot is ((code * WORD_HASH) mod 2**64) >> 17 masked to the
 * table, then the next slots in turn (see word_find); ``bounds`` holds, per slot, the start and the end
 * of its run in ``offsets`` (native int64). */
#define WORD_HASH 0x9E3779B97F4A7C15ULL

typedef struct {
    uint64_t code; /* 0: empty slot; else the string's bytes (low 32 bits) and length (bits 32-34) */
    int32_t count, at;
} word_slot;

#define MAX_INDEXED ((Py_ssize_t)1 << 28) /* four strings a word at most: counts stay below 2**31 */

/* The packed code of each prefix of the word at i (1 to 4 bytes, fewer when the word is shorter); returns
 * how many there are. */
static int word_codes(const unsigned char *b, Py_ssize_t i, Py_ssize_t n, uint64_t codes[4]) {
    uint64_t bytes = 0;
    int len = 0;
    while (len < 4 && i + len < n && is_word(b[i + len])) {
        bytes |= (uint64_t)b[i + len] << (8 * len);
        len++;
        codes[len - 1] = bytes | ((uint64_t)len << 32);
    }
    return len;
}

static word_slot *word_find(word_slot *table, size_t mask, uint64_t code) {
    size_t h = (size_t)((code * WORD_HASH) >> 17) & mask;
    while (table[h].code != 0 && table[h].code != code) h = (h + 1) & mask;
    return &table[h];
}

static int word_start(const unsigned char *b, Py_ssize_t i) {
    return is_word(b[i]) && (i == 0 || !is_word(b[i - 1]));
}

static PyObject *word_index(PyObject *self, PyObject *arg) {
    Py_buffer in;
    if (PyObject_GetBuffer(arg, &in, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *b = (const unsigned char *)in.buf;
    Py_ssize_t n = in.len, entries = 0;
    uint64_t codes[4];
    PyObject *result = NULL, *codes_out = NULL, *bounds_out = NULL;
    word_slot *table = NULL;
    int64_t *offsets = NULL;
    if (n > MAX_INDEXED) { PyErr_SetString(PyExc_ValueError, "text too long to index"); goto done; }
    for (Py_ssize_t i = 0; i < n; i++) if (word_start(b, i)) entries += word_codes(b, i, n, codes);
    size_t cap = 16;
    while (cap < 2 * (size_t)entries + 2) cap <<= 1; /* at most half full: short probe runs */
    table = PyMem_Calloc(cap, sizeof(word_slot));
    offsets = PyMem_Malloc((entries ? entries : 1) * sizeof(int64_t));
    if (table == NULL || offsets == NULL) { PyErr_NoMemory(); goto done; }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!word_start(b, i)) continue;
        int k = word_codes(b, i, n, codes);
        for (int j = 0; j < k; j++) {
            word_slot *slot = word_find(table, cap - 1, codes[j]);
            slot->code = codes[j];
            slot->count++;
        }
    }
    codes_out = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)cap * (Py_ssize_t)sizeof(uint64_t));
    bounds_out = PyBytes_FromStringAndSize(NULL, 2 * (Py_ssize_t)cap * (Py_ssize_t)sizeof(int64_t));
    if (codes_out == NULL || bounds_out == NULL) goto done;
    uint64_t *slot_codes = (uint64_t *)PyBytes_AS_STRING(codes_out);
    int64_t *bounds = (int64_t *)PyBytes_AS_STRING(bounds_out);
    int32_t at = 0;
    for (size_t h = 0; h < cap; h++) {
        slot_codes[h] = table[h].code;
        table[h].at = at;
        bounds[2 * h] = at;
        at += table[h].count;
        bounds[2 * h + 1] = at;
        table[h].count = 0;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!word_start(b, i)) continue;
        int k = word_codes(b, i, n, codes);
        for (int j = 0; j < k; j++) {
            word_slot *slot = word_find(table, cap - 1, codes[j]);
            offsets[slot->at + slot->count++] = (int64_t)i;
        }
    }
    result = Py_BuildValue("(NNN)", codes_out, bounds_out,
                           PyBytes_FromStringAndSize((const char *)offsets, entries * (Py_ssize_t)sizeof(int64_t)));
    codes_out = bounds_out = NULL; /* Py_BuildValue's N took them, even on failure */
done:
    Py_XDECREF(codes_out);
    Py_XDECREF(bounds_out);
    PyMem_Free(table);
    PyMem_Free(offsets);
    PyBuffer_Release(&in);
    return result;
}

/* word_keys(data) -> frozenset[str]: the keys of word_index(data) alone (what a view's word set needs on
 * every scan; the offsets are asked for on some views only): one pass, one string per distinct key. */
static PyObject *word_keys(PyObject *self, PyObject *arg) {
    Py_buffer in;
    if (PyObject_GetBuffer(arg, &in, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *b = (const unsigned char *)in.buf;
    Py_ssize_t n = in.len, words = 0;
    uint64_t codes[4];
    if (n > MAX_INDEXED) {
        PyBuffer_Release(&in);
        PyErr_SetString(PyExc_ValueError, "text too long to index");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) words += word_start(b, i);
    PyObject *keys = PyFrozenSet_New(NULL);
    size_t cap = 16;
    while (cap < 2 * (size_t)words + 2) cap <<= 1; /* at most half full: short probe runs */
    word_slot *table = PyMem_Calloc(cap, sizeof(word_slot));
    if (keys == NULL || table == NULL) {
        if (table == NULL) PyErr_NoMemory();
        Py_CLEAR(keys);
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!word_start(b, i)) continue;
        int len = word_codes(b, i, n, codes);
        uint64_t code = codes[len - 1];
        word_slot *slot = word_find(table, cap - 1, code);
        if (slot->code != 0) continue;
        slot->code = code;
        PyObject *k = PyUnicode_FromStringAndSize((const char *)b + i, len);
        if (k == NULL || PySet_Add(keys, k) < 0) { Py_XDECREF(k); Py_CLEAR(keys); goto done; }
        Py_DECREF(k);
    }
done:
    PyMem_Free(table);
    PyBuffer_Release(&in);
    return keys;
}

static PyMethodDef methods[] = {
    {"clean", clean, METH_O, "Non-alphanumeric ASCII as one space, runs of spaces as one."},
    {"buckets", buckets, METH_VARARGS, "Hashed n-gram bucket indexes (int64 bytes) of cleaned bytes."},
    {"chunk_sums", chunk_sums, METH_VARARGS, "Per-chunk sums and counts of the n-grams' weights."},
    {"word_keys", word_keys, METH_O, "The four-character keys of the words of an ASCII text (a frozenset)."},
    {"word_index", word_index, METH_O, "Where the words of an ASCII text start, by each of their first one to four characters."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "purpose_immune_native._speedups",
    "C versions of the immune system's hot loops.", -1, methods,
};

PyMODINIT_FUNC PyInit__speedups(void) {
    fill_word_table();
    return PyModule_Create(&module);
}
