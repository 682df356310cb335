import Foundation
import OudergesprekKit

#if canImport(Glibc)
  import Glibc
#endif

/// The program's only contact with the terminal: reading lines, writing text, knowing whether it is a TTY.
enum Terminal {
  /// Whether standard input is a terminal (a person typing) rather than a pipe or file.
  static let inputIsTerminal = isatty(STDIN_FILENO) == 1
  /// Whether standard output is a terminal.
  static let outputIsTerminal = isatty(STDOUT_FILENO) == 1

  /// Ignores SIGPIPE, so that `| head` closing early ends the program quietly instead of killing it mid-write,
  /// and SIGXFSZ, so that a file-size limit makes a write fail (and the session say so) instead of killing it.
  ///
  /// A standard descriptor that is closed (`oudergesprek >&-`) is opened on /dev/null first, read-only: else the
  /// next file opened would take its number and get the program's output. Writing then fails, and is said.
  static func prepare() {
    signal(SIGPIPE, SIG_IGN)
    signal(SIGXFSZ, SIG_IGN)
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) < 0 {
      let null = open("/dev/null", O_RDONLY)
      if null >= 0 && null != descriptor {
        dup2(null, descriptor)
        close(null)
      }
    }
  }

  /// What to do when the reader of standard output went away (`| head`): a session ends and saves; the rest
  /// just stops. Runs once; it must not write to standard output.
  nonisolated(unsafe) static var whenOutputCloses: (() -> Never)?

  /// Writes text and a newline to standard output, unbuffered, so that piped output is never lost.
  static func say(_ text: String) {
    write(text + "\n", to: STDOUT_FILENO)
  }

  /// Writes text without a newline (a prompt). With the line editor, the prompt's last line is drawn by the
  /// editor (so that it can draw it again); what comes before is written now.
  static func prompt(_ text: String) {
    guard LineInput.shared.editing else { return write(text, to: STDOUT_FILENO) }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let head = lines.dropLast().map { $0 + "\n" }.joined()
    if !head.isEmpty { write(head, to: STDOUT_FILENO) }
    LineInput.shared.setPrompt(String(lines.last ?? ""))
  }

  /// Writes the line editor's bytes (escape sequences, the line) to the terminal as they are.
  static func writeRaw(_ text: String) {
    write(text, to: STDOUT_FILENO)
  }

  /// Writes a line to standard error.
  static func warn(_ text: String) {
    write(text + "\n", to: STDERR_FILENO)
  }

  /// Clears the screen and scrollback, when standard output is a terminal (for text only one person may read).
  static func clearScreen() {
    if outputIsTerminal { write("\u{1B}[2J\u{1B}[3J\u{1B}[H", to: STDOUT_FILENO) }
  }

  /// Output is written straight to the file descriptors; nothing is buffered, so there is nothing to flush.
  static func flush() {}

  /// The first error writing standard output (a full disk, `> /dev/full`), as an errno; nil when all went well.
  static var outputError: Int32? { outputFailure.first }

  private static let outputFailure = FirstError()

  private static func write(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE && descriptor == STDOUT_FILENO {
          // The reader went away (`| head`): nothing more can be shown.
          if let handler = whenOutputCloses {
            whenOutputCloses = nil
            handler()
          }
          _exit(0)
        }
        if descriptor == STDOUT_FILENO { outputFailure.record(errno) }
        return
      }
      offset += written
    }
  }

  /// Reads one line (an answer at the scenario choice, the preparation, the self-assessment); nil at end of
  /// input. On a terminal it is edited with the line editor.
  ///
  /// Invalid UTF-8 is repaired (replacement characters), never dropped, so what was typed is kept.
  static func readLine() -> String? {
    LineInput.shared.readLine()
  }

  /// Reads one reply: a line, and on a terminal also the lines pasted along with it, so that a pasted e-mail
  /// is one reply and not one per line. From a pipe every line is a reply. On a terminal the reply is edited
  /// with the line editor: Up and Down go through earlier replies, Tab completes `commands`.
  static func readReply(commands: [String] = SessionCommand.allCases.map { "/" + $0.rawValue }) -> String? {
    LineInput.shared.readReply(commands: commands)
  }
}

/// Remembers the first write error, from whichever thread wrote.
private final class FirstError: @unchecked Sendable {
  private let lock = NSLock()
  private var code: Int32?

  func record(_ error: Int32) { lock.withLock { code = code ?? error } }
  var first: Int32? { lock.withLock { code } }
}
