"""Word 97-2003 (.doc), PowerPoint 97-2003 (.ppt) and Excel 97-2003 (.xls) files, through LibreOffice.

Ministries still send these binary formats. No Python library reads them well, so when LibreOffice is on the
machine (``soffice``) the file is converted, headless and with a private profile, to its Office Open XML
successor in a temporary folder and read by that format's reader: the passages and their locations are the
same as for a .docx, .pptx or .xlsx. Without LibreOffice, or when the conversion fails (a password, a damaged
file, a LibreOffice without the component for that format), the file is refused with a reason saying what to
do. The conversion runs inside the reader process, under its time and memory limits.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ingest.model import ReadResult
from ingest.readers.base import Limits, Reader, ReadError
from ingest.readers.text import DEFAULT_LIMITS, check_size

CONVERT_TIMEOUT_S = 120.0
# LibreOffice's own binary names, in the order they are tried
_PROGRAMS = ("soffice", "libreoffice")


def find_office() -> str | None:
    """The LibreOffice program on PATH, or None."""
    for name in _PROGRAMS:
        found = shutil.which(name)
        if found:
            return found
    return None


class LegacyOfficeReader:
    """Converts one legacy binary Office format with LibreOffice and reads the result with ``modern``."""

    def __init__(
        self, name: str, extension: str, kind: str, target: str, modern: Reader, component: str, import_filter: str
    ) -> None:
        self.name = name
        self.extensions: tuple[str, ...] = (extension,)
        self.kind = kind  # "Word 97-2003 document"
        self.target = target  # "docx"
        self.modern = modern
        self.component = component  # the Debian package that converts this format
        # named, so a damaged file fails instead of being imported as plain text by LibreOffice's fallback
        self.import_filter = import_filter

    @property
    def version(self) -> str:
        """The reader of the converted file, and the conversion (a change of either reads the file again)."""
        return f"LibreOffice to {self.target}, {self.modern.name} {self.modern.version}"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Convert, then read the converted file; the passages keep the modern format's locations."""
        check_size(path, limits)
        office = find_office()
        if office is None:
            raise ReadError(
                f"{self.kind} ({self.extensions[0]}): save it as .{self.target}, or install LibreOffice "
                f"({self.component}) so such files are converted on ingest"
            )
        with tempfile.TemporaryDirectory(prefix="legacy-") as folder:
            converted = self._convert(office, path, Path(folder))
            result = self.modern.read(converted, password=password, limits=limits)
        note = f"converted from {self.extensions[0]} to .{self.target} with LibreOffice before reading"
        return ReadResult(result.passages, result.properties, (*result.warnings, note), result.units)

    def _convert(self, office: str, path: Path, folder: Path) -> Path:
        # the input under a plain name: LibreOffice reads its arguments as URLs and options, not as data
        source = folder / f"input{self.extensions[0]}"
        shutil.copyfile(path, source)
        out = folder / "out"
        command = [
            office,
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"--infilter={self.import_filter}",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",  # private: never the user's, never shared
            "--convert-to",
            self.target,
            "--outdir",
            str(out),
            str(source),
        ]
        env = {**os.environ, "HOME": str(folder)}  # LibreOffice writes caches under HOME
        try:
            done = subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=CONVERT_TIMEOUT_S,
                env=env,
                start_new_session=True,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise ReadError(
                f"LibreOffice did not convert this {self.kind} within {CONVERT_TIMEOUT_S:.0f} s "
                "(a password-protected or damaged file?)"
            ) from exc
        except OSError as exc:
            raise ReadError(f"LibreOffice could not be started ({exc.strerror or exc})") from exc
        converted = out / f"input.{self.target}"
        if done.returncode != 0 or not converted.is_file():
            detail = (done.stderr or done.stdout).decode("utf-8", "replace")
            lines = [ln.strip() for ln in detail.splitlines() if ln.strip() and "javaldx" not in ln]
            hint = f"; LibreOffice said: {lines[-1][:160]}" if lines else ""
            raise ReadError(
                f"LibreOffice could not convert this {self.kind} (password-protected, damaged, or the "
                f"{self.component} component is not installed){hint}"
            )
        return converted
