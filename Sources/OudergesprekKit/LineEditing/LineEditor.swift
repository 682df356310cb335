/// The line editor as a pure state machine: keys in, bytes to write out and, at the end, the line typed.
///
/// The host reads the terminal, feeds the decoded keys to `handle(_:)`, writes what it returns, and reports
/// a new width with `resize(columns:)`. Nothing here touches the terminal, so every key can be tested.
public struct LineEditor: Sendable {
  /// The prompt before the line (it may hold colour codes).
  public let prompt: String
  /// The line being edited.
  public private(set) var buffer: LineBuffer
  /// The terminal width the line is laid out in.
  public private(set) var columns: Int
  /// Completes commands on Tab; nil at prompts without commands.
  public let completion: CommandCompletion?
  /// The lines Up and Down walk through: the history, then the line being typed. Edits to a recalled line
  /// stay while walking, as in readline; the history itself only grows by what is sent.
  private var lines: [String]
  private var lineIndex: Int
  /// The layout on screen now, to draw the next one over it.
  private var shown: EditorLayout?

  /// What a key led to.
  public enum Outcome: Equatable, Sendable {
    /// Go on reading keys.
    case editing
    /// Enter: the line is done.
    case submitted(String)
    /// Ctrl-D on an empty line.
    case endOfInput
    /// Ctrl-C.
    case interrupted
    /// Ctrl-Z: the host stops the program and calls `redrawAll()` when it continues.
    case suspended
  }

  public init(
    prompt: String, columns: Int, history: [String] = [], completion: CommandCompletion? = nil, text: String = ""
  ) {
    self.prompt = prompt
    self.columns = max(columns, 1)
    self.completion = completion
    buffer = LineBuffer(text)
    lines = history + [text]
    lineIndex = history.count
  }

  /// The bytes that draw the prompt and the line for the first time (the cursor is at the start of a row).
  public mutating func start() -> String {
    shown = nil
    return draw()
  }

  /// The bytes that draw everything again where the cursor is now (after Ctrl-Z, or output in between).
  public mutating func redrawAll() -> String {
    shown = nil
    return draw()
  }

  /// A new terminal width: the line is drawn again for it.
  ///
  /// A terminal that reflows its lines has moved the cursor with its character, so the way back to the
  /// prompt is found in the new layout, not the old one.
  public mutating func resize(columns: Int) -> String {
    self.columns = max(columns, 1)
    shown = EditorLayout(prompt: prompt, buffer: buffer, columns: self.columns)
    return draw()
  }

  /// Handles one key; returns the bytes to write and what happened.
  public mutating func handle(_ key: EditorKey) -> (output: String, outcome: Outcome) {
    switch key {
    case .text(let text), .paste(let text):
      buffer.insert(text)
    case .enter:
      buffer.moveEnd()
      let output = draw() + (shown?.leave() ?? "\r\n")
      return (output, .submitted(buffer.text))
    case .controlD:
      // The line is empty: the host's message about the end starts on the next line by itself.
      if buffer.isEmpty { return ("", .endOfInput) }
      if !buffer.deleteForward() { return (Self.bell, .editing) }
    case .interrupt:
      return (shown?.leave(newline: false) ?? "", .interrupted)
    case .suspend:
      return ((shown?.leave() ?? "\r\n"), .suspended)
    case .left: buffer.moveLeft()
    case .right: buffer.moveRight()
    case .home: buffer.moveHome()
    case .end: buffer.moveEnd()
    case .wordLeft: buffer.moveWordLeft()
    case .wordRight: buffer.moveWordRight()
    case .backspace: if !buffer.deleteBackward() { return (Self.bell, .editing) }
    case .delete: if !buffer.deleteForward() { return (Self.bell, .editing) }
    case .deleteWordBackward: buffer.deleteWordBackward()
    case .deleteWordForward: buffer.deleteWordForward()
    case .deleteToStart: buffer.deleteToStart()
    case .deleteToEnd: buffer.deleteToEnd()
    case .yank: buffer.yank()
    case .transpose: buffer.transpose()
    case .up: return walkHistory(by: -1)
    case .down: return walkHistory(by: 1)
    case .tab: return complete()
    case .redraw:
      shown = nil
      return ("\u{1B}[H\u{1B}[2J" + draw(), .editing)
    case .ignored:
      return ("", .editing)
    }
    return (draw(), .editing)
  }

  private mutating func walkHistory(by step: Int) -> (output: String, outcome: Outcome) {
    let target = lineIndex + step
    guard lines.indices.contains(target) else { return (Self.bell, .editing) }
    lines[lineIndex] = buffer.text
    lineIndex = target
    buffer.replace(with: lines[target])
    return (draw(), .editing)
  }

  private mutating func complete() -> (output: String, outcome: Outcome) {
    switch completion?.complete(buffer) ?? .none {
    case .completed(let text):
      buffer.replace(with: text)
      return (draw(), .editing)
    case .choices(let choices):
      // Show the choices under the line, then the prompt and the line again.
      let list = (shown?.leave() ?? "\r\n") + choices.joined(separator: "  ") + "\r\n"
      shown = nil
      return (list + draw(), .editing)
    case .none:
      return (Self.bell, .editing)
    }
  }

  private mutating func draw() -> String {
    let layout = EditorLayout(prompt: prompt, buffer: buffer, columns: columns)
    let output = layout.redraw(fromCursorRow: shown?.cursorRow ?? 0)
    shown = layout
    return output
  }

  private static let bell = "\u{7}"
}
