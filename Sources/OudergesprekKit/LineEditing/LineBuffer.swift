/// The text being edited and the cursor in it, counted in characters (grapheme clusters), so that `é`
/// typed as `e` + a combining accent is one step for the arrow keys and one Backspace.
public struct LineBuffer: Equatable, Sendable {
  /// The characters of the line.
  public private(set) var characters: [Character]
  /// The cursor: the index of the character it stands before (`characters.count` at the end).
  public private(set) var cursor: Int
  /// The text removed last by Ctrl-W, Ctrl-U, Ctrl-K or Alt-D, for Ctrl-Y.
  public private(set) var killed: [Character] = []

  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  /// The line as text.
  public var text: String { String(characters) }

  /// Whether the line has no characters.
  public var isEmpty: Bool { characters.isEmpty }

  /// Replaces the whole line (a history entry, a completion); the cursor goes to the end.
  public mutating func replace(with text: String) {
    characters = Array(text)
    cursor = characters.count
  }

  /// Inserts text at the cursor and moves the cursor after it. Joins a combining mark to the character before.
  public mutating func insert(_ text: String) {
    guard !text.isEmpty else { return }
    // Recompose around the cursor so that a combining accent typed after `e` becomes one character `é`.
    let before = String(characters[..<cursor])
    let after = characters[cursor...]
    let joined = Array(before + text)
    characters = joined + after
    cursor = joined.count
  }

  public mutating func moveLeft() { cursor = max(0, cursor - 1) }
  public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
  public mutating func moveHome() { cursor = 0 }
  public mutating func moveEnd() { cursor = characters.count }

  /// To the start of the word before the cursor (Ctrl-Left, Alt-B).
  public mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

  /// To the end of the word after the cursor (Ctrl-Right, Alt-F).
  public mutating func moveWordRight() {
    var index = cursor
    while index < characters.count && !Self.isWordCharacter(characters[index]) { index += 1 }
    while index < characters.count && Self.isWordCharacter(characters[index]) { index += 1 }
    cursor = index
  }

  /// Removes the character before the cursor (Backspace); false when there is none.
  @discardableResult
  public mutating func deleteBackward() -> Bool {
    guard cursor > 0 else { return false }
    characters.remove(at: cursor - 1)
    cursor -= 1
    return true
  }

  /// Removes the character under the cursor (Delete, Ctrl-D in a non-empty line); false when there is none.
  @discardableResult
  public mutating func deleteForward() -> Bool {
    guard cursor < characters.count else { return false }
    characters.remove(at: cursor)
    return true
  }

  /// Removes the word before the cursor and the spaces after it (Ctrl-W, Alt-Backspace).
  public mutating func deleteWordBackward() {
    let start = wordStart(before: cursor)
    kill(start..<cursor)
    cursor = start
  }

  /// Removes from the cursor to the end of the next word (Alt-D).
  public mutating func deleteWordForward() {
    let start = cursor
    moveWordRight()
    let end = cursor
    cursor = start
    kill(start..<end)
  }

  /// Removes everything before the cursor (Ctrl-U).
  public mutating func deleteToStart() {
    kill(0..<cursor)
    cursor = 0
  }

  /// Removes everything from the cursor to the end (Ctrl-K).
  public mutating func deleteToEnd() {
    kill(cursor..<characters.count)
  }

  /// Inserts the text removed last (Ctrl-Y).
  public mutating func yank() {
    insert(String(killed))
  }

  /// Swaps the character before the cursor with the one under it (Ctrl-T), as in a shell.
  public mutating func transpose() {
    guard cursor > 0, characters.count >= 2 else { return }
    let right = cursor == characters.count ? cursor - 1 : cursor
    characters.swapAt(right - 1, right)
    cursor = right + 1
  }

  private mutating func kill(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    killed = Array(characters[range])
    characters.removeSubrange(range)
  }

  private func wordStart(before index: Int) -> Int {
    var index = index
    while index > 0 && !Self.isWordCharacter(characters[index - 1]) { index -= 1 }
    while index > 0 && Self.isWordCharacter(characters[index - 1]) { index -= 1 }
    return index
  }

  /// Letters (also `ë`, `é`) and digits make words; spaces and punctuation separate them.
  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "'" || character == "’"
  }
}
