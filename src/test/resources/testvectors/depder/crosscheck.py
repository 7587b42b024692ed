#!/usr/bin/env python3
"""Recomputes Depder's pinned crypto golden values with an independent implementation.

Needs the 'cryptography' package (checked with 48.0.0, OpenSSL-backed). Each printed line must
equal the constant named beside it in the Java tests; nothing here is used at test time.
"""
import hashlib, hmac, struct
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def rnd(seed, counter):  # DeterministicRandom: SHA-256(seed || counter), both big-endian longs
    return hashlib.sha256(struct.pack(">qq", seed, counter)).digest()


def raw(public_key):
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


# AeadTest.GOLDEN: SealedBlob v1, key = 0^32, DeterministicRandom(1)
header = bytes.fromhex("445053420101")
nonce = rnd(1, 0)[:12]
print("AeadTest", (header + nonce + AESGCM(bytes(32)).encrypt(nonce, b"hello", header + b"cases/0192/rev-3")).hex())

# RecipientSealTest.GOLDEN: SealedEnvelope v1, DeterministicRandom(11)
recipient = X25519PrivateKey.from_private_bytes(
    bytes.fromhex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"))
ephemeral = X25519PrivateKey.from_private_bytes(rnd(11, 0))
epub, rpub = raw(ephemeral.public_key()), raw(recipient.public_key())
key = HKDF(hashes.SHA256(), 32, epub + rpub, b"depder/bundle-seal/v1").derive(ephemeral.exchange(recipient.public_key()))
nonce = rnd(11, 1)[:12]
header = bytes.fromhex("445052530101")
print("RecipientSealTest", (header + epub + nonce + AESGCM(key).encrypt(nonce, b"bundle", header + b"manifest")).hex())

# SignatureAndAgreementTest.GOLDEN_INDEX
index_key = HKDF(hashes.SHA256(), 32, None, b"depder/blind-index/v1").derive(bytes(32))
print("BlindIndex", hmac.new(index_key, bytes([11]) + b"person.name" + b"aman", hashlib.sha256).digest()[:16].hex())

# PasswordKdfTest known answers
print("Argon2id cheap", Argon2id(salt=bytes(range(16)), length=32, iterations=1, lanes=1, memory_cost=256).derive("pässwörd-Täze".encode()).hex())
print("Argon2id 2 lanes", Argon2id(salt=bytes(range(16)), length=32, iterations=2, lanes=2, memory_cost=1024).derive(b"correct horse").hex())
