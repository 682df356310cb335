import Foundation
import OudergesprekKit

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the line editor on the terminal: raw mode, reading keys (with resizes in between), writing what the
/// editor draws, and the terminal back to normal before the line is returned.
enum TerminalEditor {
  /// How one prompt ended.
  enum Ending {
    case line(String)
    case endOfInput
  }

  /// Edits one line after `prompt`. Nil when raw mode is not possible (then the caller reads plainly).
  /// On Ctrl-C, `keepUnsent` gets the line as typed so far (it may keep it and return a note to show).
  static func read(
    prompt: String, history: [String], commands: [String]?, text: String = "", columns: Int, input: KeyInput,
    keepUnsent: (String) -> String? = { _ in nil }
  ) -> Ending? {
    guard RawMode.enable(keySignals: false) else { return nil }
    // Between lines the terminal stays raw (typed-ahead keys wait, unechoed), with Ctrl-C as a signal.
    defer { _ = RawMode.enable(keySignals: true) }
    var editor = LineEditor(
      prompt: prompt, columns: columns, history: history, completion: commands.map(CommandCompletion.init),
      text: text)
    write(editor.start())
    while true {
      guard let keys = input.next() else {
        // Raw mode has no end-of-file key: this is a terminal that hung up (SIGHUP follows).
        input.waitForHangupHandler()
        return .endOfInput
      }
      if case .resized(let width) = keys {
        write(editor.resize(columns: width))
        continue
      }
      guard case .keys(let list) = keys else { continue }
      for (index, key) in list.enumerated() {
        var key = key
        // Without bracketed paste: Enter with more input right behind it is a pasted newline.
        if key == .enter && !input.marksPastes && (index < list.count - 1 || input.moreWaiting()) {
          key = .text("\n")
        }
        let (output, outcome) = editor.handle(key)
        write(output)
        switch outcome {
        case .editing: continue
        case .submitted(let line):
          input.keep(Array(list[(index + 1)...]))
          return .line(line)
        case .endOfInput:
          return .endOfInput
        case .interrupted:
          if let note = keepUnsent(editor.buffer.text) { write("\r\n" + note + "\r\n") }
          // The same path as a Ctrl-C from outside: the handler restores the terminal and ends the program.
          RawMode.restore()
          kill(getpid(), SIGINT)
          while true { sleep(60) }
        case .suspended:
          RawMode.restore()
          kill(getpid(), SIGTSTP)
          // Continued (`fg`): raw mode again, and the line drawn anew.
          _ = RawMode.enable(keySignals: false)
          write(editor.redrawAll())
        }
      }
    }
  }

  private static func write(_ text: String) {
    guard !text.isEmpty else { return }
    Terminal.writeRaw(text)
  }
}
