## Reading input and writing output: files, pipes, encodings, the operating system's errors.

io-error-not-found = no such file or folder
io-error-permission-denied = permission denied
io-error-is-a-directory = it is a folder, not a file
io-error-storage-full = no space left on the device
io-error-broken-pipe = the reader closed the pipe
io-error-timed-out = it took too long
io-error-already-exists = a file of that name already exists
io-error-read-only = the file system is read-only
io-error-other = the system said: { $details }

error-output-write = The output could not be written: { $details }

read-error-not-a-file = it is not a regular file (a folder, a pipe or a device), so it was not opened; save the text to a file, or give it on standard input
read-error-too-large = it is { $size } bytes, and at most { $max } bytes are read
read-error-too-large-stream = it is more than { $max } bytes, the most that is read
read-error-no-input = nothing was given on standard input
read-error-json-syntax = it is not valid JSON (line { $line }, column { $column }; the parser said: { $details })
read-error-json-shape = the JSON does not have the expected shape (line { $line }, column { $column }; the parser said: { $details })

## Hidden characters in values read from outside text
reading-arn-hidden = this ARN contains hidden characters, shown as \u{"{"}…{"}"} or \x..; it is not the ARN it looks like
reading-value-hidden = this value contains hidden characters, shown as \u{"{"}…{"}"} or \x..; it is not what it looks like
