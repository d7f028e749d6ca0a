"""What a command-line process decides for itself and a program importing probstat keeps for its own.

Only settings that are process-wide by nature live here; this module imports nothing, so the command line can
set them before anything heavy is loaded.
"""

from __future__ import annotations

#: Switch pyarrow to the C library's allocator when the Arrow read path first runs (arrowcsv.py). The command
#: line sets it; a library caller's allocator is its own choice.
system_allocator = False
