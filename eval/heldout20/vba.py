"""A VBA project as Office stores it in a macro-enabled file (``vbaProject.bin``), written from a module's source.

The twentieth held-out set's deck is a .pptm whose poll button runs a macro; its VBA project part is built here so
that the package holds a real project (a compound file with the ``PROJECT`` text, the ``VBA`` storage, its
``dir`` record stream and the module's compressed source, as [MS-OVBA] describes them) rather than loose text. The
readers never open this part and no macro is ever run; nothing here depends on the machine, so the bytes are the
same on every build.
"""

from __future__ import annotations

import struct

_END, _FREE, _FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
_NONE = 0xFFFFFFFF


def compress(data: bytes) -> bytes:
    """[MS-OVBA] 2.4.1 compression, literal tokens only (a valid container: every token a literal, each group of
    eight under a flag byte of 0); a source this small fits one compressed chunk."""
    body = bytearray()
    for start in range(0, len(data), 8):
        body.append(0)
        body += data[start : start + 8]
    if len(body) + 2 > 4098 or len(data) > 4096:
        raise ValueError("a module this long needs more than one chunk")
    header = (len(body) + 2 - 3) | (0b011 << 12) | 0x8000
    return b"\x01" + struct.pack("<H", header) + bytes(body)


def _record(ident: int, payload: bytes) -> bytes:
    return struct.pack("<HI", ident, len(payload)) + payload


def _dir_stream(project: str, module: str, codepage: int = 1252) -> bytes:
    """The ``dir`` stream's records: the project's information, no references, one procedural module."""
    name, mod = project.encode("cp1252"), module.encode("cp1252")
    mod_unicode = module.encode("utf-16-le")
    out = _record(0x0001, struct.pack("<I", 1))  # SYSKIND: 32-bit Windows
    out += _record(0x0002, struct.pack("<I", 0x409)) + _record(0x0014, struct.pack("<I", 0x409))
    out += _record(0x0003, struct.pack("<H", codepage)) + _record(0x0004, name)
    out += _record(0x0005, b"") + _record(0x0040, b"")  # doc string and its Unicode form
    out += _record(0x0006, b"") + _record(0x003D, b"")  # help file, twice
    out += _record(0x0007, struct.pack("<I", 0)) + _record(0x0008, struct.pack("<I", 0))
    out += struct.pack("<HIIH", 0x0009, 4, 1, 0)  # VERSION: its size field is always 4, major 1, minor 0
    out += _record(0x000C, b"") + _record(0x003C, b"")  # constants, twice
    out += _record(0x000F, struct.pack("<H", 1)) + _record(0x0013, struct.pack("<H", 0xFFFF))
    out += _record(0x0019, mod) + _record(0x0047, mod_unicode)
    out += _record(0x001A, mod) + _record(0x0032, mod_unicode)
    out += _record(0x001C, b"") + _record(0x0048, b"")
    out += _record(0x0031, struct.pack("<I", 0))  # the source starts the module stream: no cache before it
    out += _record(0x001E, struct.pack("<I", 0)) + _record(0x002C, struct.pack("<H", 0xFFFF))
    out += _record(0x0021, b"") + _record(0x002B, b"")  # a procedural module; its terminator
    return out + _record(0x0010, b"")


def _encrypt(project_id: str, data: bytes, seed: int) -> str:
    """[MS-OVBA] 2.4.3 data encryption of a ``PROJECT`` stream value (protection, password, visibility)."""
    key = sum(project_id.encode("ascii")) & 0xFF
    out = bytearray([seed, seed ^ 2, seed ^ key])
    unencrypted, enc1, enc2 = key, seed ^ key, seed ^ 2
    for _ in range((seed & 6) // 2):
        temp = 0
        byte = ((enc2 + unencrypted) & 0xFF) ^ temp
        out.append(byte)
        enc2, enc1, unencrypted = enc1, byte, temp
    for plain in struct.pack("<I", len(data)) + data:
        byte = plain ^ ((enc2 + unencrypted) & 0xFF)
        out.append(byte)
        enc2, enc1, unencrypted = enc1, byte, plain
    return out.hex().upper()


def _project_stream(project: str, module: str, project_id: str) -> bytes:
    lines = [
        f'ID="{project_id}"',
        f"Module={module}",
        f'Name="{project}"',
        'HelpContextID="0"',
        'VersionCompatible32="393222000"',
        f'CMG="{_encrypt(project_id, bytes(4), 0x35)}"',  # not protected
        f'DPB="{_encrypt(project_id, bytes(1), 0x63)}"',  # no password
        f'GC="{_encrypt(project_id, bytes([0xFF]), 0x2B)}"',  # visible
        "",
        "[Host Extender Info]",
        "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000",
        "",
        "[Workspace]",
        f"{module}=0, 0, 0, 0, C",
        "",
    ]
    return "\r\n".join(lines).encode("cp1252")


def _entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
    encoded = name.encode("utf-16-le") + b"\0\0"
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)  # every node black: each tree below is full
        + struct.pack("<III", left, right, child)
        + bytes(16 + 4 + 16)  # class id, state bits, creation and modification times
        + struct.pack("<IQ", start, size)
    )


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A version 3 compound file holding ``streams`` ("PROJECT", "PROJECTwm", "VBA/dir", "VBA/Poll",
    "VBA/_VBA_PROJECT": three at the root, three in one storage) in its mini stream: one FAT sector, the
    directory, one mini FAT sector, then the mini stream's sectors."""
    order = ["PROJECT", "PROJECTwm", "VBA/_VBA_PROJECT", "VBA/dir", "VBA/Poll"]
    assert sorted(streams) == sorted(order)
    mini, minifat, starts = bytearray(), [], {}
    for name in order:
        data = streams[name]
        starts[name] = len(mini) // 64
        count = max(1, -(-len(data) // 64))
        minifat += [starts[name] + k + 1 for k in range(count - 1)] + [_END]
        mini += data.ljust(count * 64, b"\0")
    # ids: 0 Root, 1 PROJECT, 2 PROJECTwm, 3 VBA, 4 _VBA_PROJECT, 5 dir, 6 Poll; each storage's children a full tree
    # in the order [MS-CFB] compares names (shorter first, then upper case): VBA < PROJECT < PROJECTWM and
    # dir < Poll < _VBA_PROJECT
    dir_sectors, mini_sectors = 2, -(-len(mini) // 512)
    first_dir, first_minifat, first_mini = 1, 1 + dir_sectors, 2 + dir_sectors
    entries = [
        _entry("Root Entry", 5, _NONE, _NONE, 1, first_mini, len(mini)),
        _entry("PROJECT", 2, 3, 2, _NONE, starts["PROJECT"], len(streams["PROJECT"])),
        _entry("PROJECTwm", 2, _NONE, _NONE, _NONE, starts["PROJECTwm"], len(streams["PROJECTwm"])),
        _entry("VBA", 1, _NONE, _NONE, 6, 0, 0),
        _entry("_VBA_PROJECT", 2, _NONE, _NONE, _NONE, starts["VBA/_VBA_PROJECT"], len(streams["VBA/_VBA_PROJECT"])),
        _entry("dir", 2, _NONE, _NONE, _NONE, starts["VBA/dir"], len(streams["VBA/dir"])),
        _entry("Poll", 2, 5, 4, _NONE, starts["VBA/Poll"], len(streams["VBA/Poll"])),
    ]
    # unused directory slots are empty entries whose links say "none"
    empty = bytes(68) + struct.pack("<III", _NONE, _NONE, _NONE) + bytes(48)
    directory = b"".join(entries) + empty * (dir_sectors * 4 - len(entries))
    fat = [_FATSECT, 2, _END, _END] + [first_mini + k + 1 for k in range(mini_sectors - 1)] + [_END]
    fat_sector = b"".join(struct.pack("<I", v) for v in fat).ljust(512, b"\xff")
    minifat_sector = b"".join(struct.pack("<I", v) for v in minifat).ljust(512, b"\xff")
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, first_dir, 0, 0x1000, first_minifat, 1, _END, 0)
        + struct.pack("<I", 0)
        + b"\xff" * (109 - 1) * 4
    )
    assert len(header) == 512
    return header + fat_sector + directory + minifat_sector + bytes(mini).ljust(mini_sectors * 512, b"\0")


def vba_project(module: str, source: str, project: str = "VBAProject") -> bytes:
    """The ``vbaProject.bin`` of a project holding one standard module ``module`` with ``source``."""
    project_id = "{6D1C2B7A-3E49-4F21-9A0B-5C8D2E4F7A13}"
    streams = {
        "PROJECT": _project_stream(project, module, project_id),
        "PROJECTwm": module.encode("cp1252") + b"\0" + module.encode("utf-16-le") + b"\0\0" + b"\0\0",
        "VBA/_VBA_PROJECT": bytes([0xCC, 0x61, 0xFF, 0xFF, 0x00, 0x00, 0x00]),
        "VBA/dir": compress(_dir_stream(project, module)),
        "VBA/Poll": compress(source.encode("cp1252")),
    }
    return compound_file(streams)
