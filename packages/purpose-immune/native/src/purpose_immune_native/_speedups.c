/* The learned detector's feature extraction in C: the same bytes and bucket indexes as
 * purpose_immune_classifier.features.clean_bytes and ngram_buckets, without numpy's per-call cost
 * (a dozen array passes and temporaries, which are most of a short text's scoring time).
 *
 * Integer arithmetic only (uint64, wrapping modulo 2**64 as numpy's uint64 arrays do), so the results are
 * exactly those of the numpy formulas; the package's tests check it on random and corpus text. */
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

static PyMethodDef methods[] = {
    {"clean", clean, METH_O, "Non-alphanumeric ASCII as one space, runs of spaces as one."},
    {"buckets", buckets, METH_VARARGS, "Hashed n-gram bucket indexes (int64 bytes) of cleaned bytes."},
    {"chunk_sums", chunk_sums, METH_VARARGS, "Per-chunk sums and counts of the n-grams' weights."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "purpose_immune_native._speedups",
    "C versions of the immune system's hot feature loops.", -1, methods,
};

PyMODINIT_FUNC PyInit__speedups(void) { return PyModule_Create(&module); }
