import Foundation
import OudergesprekKit

#if canImport(Glibc)
  import Glibc
#endif

/// Standard input as lines: from a pipe or a plain terminal read as they come, from a capable terminal
/// edited with the line editor. Decides once which it is.
final class LineInput: @unchecked Sendable {
  static let shared = LineInput()

  private let plain = LineReader()
  private let keys = KeyInput()
  private let lock = NSLock()
  private var prompt = ""
  /// What followed a command in a paste: the start of the next line, so nothing pasted is lost.
  private var carried: String?
  private var history: EditHistory?
  private let historyFile = ReplyHistoryFile(environment: ProcessInfo.processInfo.environment)
  /// The width the terminal answered with when it reports none through TIOCGWINSZ.
  private var answeredWidth: Int?

  /// Whether lines are edited with the line editor: input and output a terminal, `TERM` set and not `dumb`,
  /// and the terminal reports its width (or answers when asked where the cursor is).
  private(set) lazy var editing: Bool = decideEditing()

  func setPrompt(_ text: String) {
    lock.withLock { prompt = text }
  }

  private func takePrompt() -> String {
    lock.withLock {
      defer { prompt = "" }
      return prompt
    }
  }

  func readLine() -> String? {
    guard editing else { return plain.readLine() }
    return edit(commands: nil, keepsHistory: false)
  }

  func readReply(commands: [String]) -> String? {
    guard editing else { return plainReply() }
    return edit(commands: commands, keepsHistory: true)
  }

  /// Lines as before the editor: each line; on a terminal the lines pasted along with it too.
  private func plainReply() -> String? {
    if let carried {
      self.carried = nil
      return carried
    }
    guard var reply = plain.readLine() else { return nil }
    while Terminal.inputIsTerminal && plain.moreInputWaiting(), let next = plain.readLine() {
      reply += "\n" + next
    }
    guard Terminal.inputIsTerminal else { return reply }
    let (command, rest) = Self.splitCommand(reply)
    carried = rest
    return command
  }

  private func edit(commands: [String]?, keepsHistory: Bool) -> String? {
    let prompt = takePrompt()
    let text = carried ?? ""
    carried = nil
    if keepsHistory && history == nil { history = historyFile.load() }
    let columns = TerminalWidth.columns ?? answeredWidth ?? 80
    guard
      let ending = TerminalEditor.read(
        prompt: prompt, history: keepsHistory ? history?.entries ?? [] : [], commands: commands, text: text,
        columns: columns, input: keys, keepUnsent: { keepsHistory ? self.keepUnsent($0) : nil })
    else {
      // The terminal cannot be switched to raw mode after all: read plainly from now on.
      editing = false
      Terminal.writeRaw(prompt)
      return keepsHistory ? plainReply() : plain.readLine()
    }
    guard case .line(var line) = ending else { return nil }
    while line.hasSuffix("\n") { line.removeLast() }
    if keepsHistory {
      let (command, rest) = Self.splitCommand(line)
      carried = rest
      line = command
      remember(rest == nil ? line : nil)
    }
    return line
  }

  /// Adds a reply to the history and its file; a command alone is not kept (after `/opnieuw`, Up gives the
  /// reply that was taken back). The file is read again first, so that two sessions at once both keep theirs.
  private func remember(_ line: String?) {
    guard let line, SessionCommand.parse(line) == nil else { return }
    var merged = historyFile.load()
    merged.add(line)
    historyFile.save(merged)
    history?.add(line)
  }

  /// A line that was typed but not sent when Ctrl-C ended the session: kept in the history, so that Up
  /// brings it back in the next session. Returns the note for the screen, or nil when there was nothing.
  private func keepUnsent(_ text: String) -> String? {
    let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !line.isEmpty, SessionCommand.parse(line) == nil else { return nil }
    remember(line)
    return "Je laatste regel was nog niet verstuurd. Hij staat in je geschiedenis: met ↑ haal je hem terug."
  }

  /// A paste that starts with a command (`/opnieuw`) and goes on with a reply: the command now, the reply
  /// as the start of the next line. Anything else stays one line.
  static func splitCommand(_ text: String) -> (String, String?) {
    guard let newline = text.firstIndex(of: "\n") else { return (text, nil) }
    let first = String(text[..<newline])
    guard SessionCommand.parse(first) != nil else { return (text, nil) }
    let rest = text[text.index(after: newline)...].drop { $0 == "\n" || $0 == "\r" }
    return (first, rest.isEmpty ? nil : String(rest))
  }

  private func decideEditing() -> Bool {
    guard Terminal.inputIsTerminal, Terminal.outputIsTerminal else { return false }
    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    guard !term.isEmpty, term != "dumb" else { return false }
    if TerminalWidth.columns != nil { return true }
    let (width, typed) = TerminalProbe.askWidth()
    answeredWidth = width
    if width == nil {
      plain.unread(typed)
      return false
    }
    keys.prepend(typed)
    return true
  }
}
