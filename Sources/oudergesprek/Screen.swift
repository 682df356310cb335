import Foundation
import OudergesprekKit

/// Text laid out for the window it is shown in: on a terminal, prose is wrapped to the terminal's width (asked
/// again for every text, so a resized window is followed) and no line is wider than the window, so the terminal
/// never breaks a word. To a pipe or file, text is left as the library wrote it (78 columns).
enum Screen {
  /// The widest prose line, for reading comfort on a wide window.
  static let proseLimit = 100

  /// The terminal's columns now; nil when standard output is no terminal.
  static var columns: Int? { Terminal.outputIsTerminal ? TerminalWidth.columns : nil }

  /// Makes the library wrap its prose to the terminal.
  static func install() {
    guard Terminal.outputIsTerminal else { return }
    TextWrap.setWidthProvider { TerminalWidth.columns.map { min(max($0 - 1, 20), proseLimit) } }
  }

  /// `text` with every line that is wider than the window wrapped between words (hanging indents kept); a text
  /// that follows a prompt on its row (an echoed reply) continues under the prompt's end.
  static func fit(_ text: String) -> String {
    let column = cursor.take()
    guard let columns, columns >= 20 else { return text }
    return TextWrap.fit(text, width: columns - 1, column: column)
  }

  /// Remembers where a prompt left the cursor; `prompt` is the text just written without a newline.
  static func prompted(_ prompt: String) {
    // The text after the last line break, found in the bytes (a stream of JSON lines passes here in 64 KiB
    // blocks): a "\n" byte is a line break unless it follows "\r" ("\r\n" is one character, as in `split`).
    let bytes = prompt.utf8
    var start = bytes.endIndex
    while start > bytes.startIndex {
      let before = bytes.index(before: start)
      if bytes[before] == 0x0A && (before == bytes.startIndex || bytes[bytes.index(before: before)] != 0x0D) { break }
      start = before
    }
    cursor.set(DisplayWidth.of(prompt[start...]))
  }

  private static let cursor = Column()

  private final class Column: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func set(_ column: Int) { lock.withLock { value = column } }
    func take() -> Int {
      lock.withLock {
        defer { value = 0 }
        return value
      }
    }
  }

  /// The end of a solo session: on a terminal a short summary and where the report is; to a pipe or file the
  /// report's Markdown, as it is saved.
  static func endOfSession(
    report markdown: String, of session: any InteractiveSession, reportPath: String?, transcriptPath: String?
  ) -> String {
    guard Terminal.outputIsTerminal, let practice = session as? PracticeSession else { return markdown }
    return SessionSummary(transcript: practice.transcript, style: practice.renderer.style)
      .text(reportPath: reportPath, transcriptPath: transcriptPath)
  }

  /// A report for `verslag`: rendered for reading on a terminal, Markdown to a pipe or file.
  static func report(_ markdown: String) -> String {
    guard Terminal.outputIsTerminal else { return markdown }
    let style = TextStyle.decide(isTerminal: true, environment: ProcessInfo.processInfo.environment)
    return MarkdownTerminal.render(markdown, style: style)
  }
}
