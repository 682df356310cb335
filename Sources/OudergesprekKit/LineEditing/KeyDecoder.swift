import Foundation

/// Turns the bytes a terminal in raw mode sends into keys: UTF-8 text, control keys, escape sequences
/// (xterm, VT100 and their application-mode variants) and bracketed paste.
///
/// Bytes may arrive in any pieces; an incomplete sequence waits for the next `feed`. A lone Escape can only
/// be told apart from the start of a sequence by time: the caller calls `flush()` when nothing followed.
public struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []
  private var pasting = false
  private var paste: [UInt8] = []
  private var afterCarriageReturn = false

  public init() {}

  /// Whether bytes are held back as the possible start of a sequence (then `flush()` after a short wait).
  public var isWaiting: Bool { !pending.isEmpty && !pasting }

  /// Whether a bracketed paste has started and not yet ended.
  public var isPasting: Bool { pasting }

  /// Decodes the bytes that arrived; returns the complete keys among them.
  public mutating func feed(_ bytes: some Sequence<UInt8>) -> [EditorKey] {
    pending.append(contentsOf: bytes)
    var keys: [EditorKey] = []
    var index = 0
    while index < pending.count {
      if pasting {
        guard let end = Self.find(Self.pasteEnd, in: pending, from: index) else {
          // Keep the tail that might be the start of the end marker.
          let keep = max(index, pending.count - (Self.pasteEnd.count - 1))
          paste.append(contentsOf: pending[index..<keep])
          index = keep
          break
        }
        paste.append(contentsOf: pending[index..<end])
        keys.append(.paste(Self.pastedText(paste)))
        paste.removeAll()
        pasting = false
        index = end + Self.pasteEnd.count
        continue
      }
      guard let (key, length) = decodeOne(at: index) else { break }
      index += length
      if let key { append(key, to: &keys) }
    }
    pending.removeSubrange(..<index)
    return keys
  }

  /// Ends a sequence that will not be completed: a lone Escape is ignored, a cut UTF-8 character repaired.
  public mutating func flush() -> [EditorKey] {
    guard !pasting, !pending.isEmpty else { return [] }
    defer { pending.removeAll() }
    if pending.first == 0x1B { return [] }
    return [.text(String(decoding: pending, as: UTF8.self))]
  }

  private mutating func append(_ key: EditorKey, to keys: inout [EditorKey]) {
    if case .text(let more) = key, case .text(let text)? = keys.last {
      keys[keys.count - 1] = .text(text + more)
    } else {
      keys.append(key)
    }
  }

  /// The key at `index` and how many bytes it took (nil key: bytes that mean nothing); nil when incomplete.
  private mutating func decodeOne(at index: Int) -> (EditorKey?, Int)? {
    let byte = pending[index]
    let wasCarriageReturn = afterCarriageReturn
    afterCarriageReturn = byte == 0x0D
    switch byte {
    case 0x0D: return (.enter, 1)
    case 0x0A: return (wasCarriageReturn ? nil : .enter, 1)  // CR LF is one Enter
    case 0x1B: return decodeEscape(at: index)
    case 0x00..<0x20, 0x7F: return (Self.controlKeys[byte] ?? .ignored, 1)
    case 0x80...: return decodeUTF8(at: index)
    default: return (.text(String(UnicodeScalar(byte))), 1)
    }
  }

  private func decodeUTF8(at index: Int) -> (EditorKey?, Int)? {
    let byte = pending[index]
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
    var end = index + 1
    while end < pending.count && end < index + length && pending[end] & 0xC0 == 0x80 { end += 1 }
    if end < index + length && end == pending.count { return nil }  // wait for the rest of the character
    return (.text(String(decoding: pending[index..<end], as: UTF8.self)), end - index)
  }

  private mutating func decodeEscape(at index: Int) -> (EditorKey?, Int)? {
    guard index + 1 < pending.count else { return nil }
    let next = pending[index + 1]
    switch next {
    case UInt8(ascii: "["), UInt8(ascii: "O"):
      // CSI / SS3: parameters (digits, ';'), then one final byte.
      var end = index + 2
      while end < pending.count && (0x30...0x3F).contains(pending[end]) { end += 1 }
      guard end < pending.count else { return nil }
      let parameters = String(decoding: pending[(index + 2)..<end], as: UTF8.self)
      let key = Self.sequenceKey(parameters: parameters, final: pending[end])
      if key == nil && parameters == "200" && pending[end] == UInt8(ascii: "~") {
        pasting = true
        return (nil, end + 1 - index)
      }
      return (key ?? .ignored, end + 1 - index)
    case UInt8(ascii: "b"), UInt8(ascii: "B"): return (.wordLeft, 2)
    case UInt8(ascii: "f"), UInt8(ascii: "F"): return (.wordRight, 2)
    case UInt8(ascii: "d"), UInt8(ascii: "D"): return (.deleteWordForward, 2)
    case 0x7F, 0x08: return (.deleteWordBackward, 2)
    case 0x1B: return (.ignored, 1)  // Escape pressed, then another sequence
    default: return (.ignored, next < 0x80 ? 2 : 1)
    }
  }

  private static func sequenceKey(parameters: String, final: UInt8) -> EditorKey? {
    let fields = parameters.split(separator: ";", omittingEmptySubsequences: false)
    // A modifier (xterm: 3 Alt, 5 Ctrl) turns the arrows into word motion.
    let modified = fields.count > 1 && ["3", "5", "7"].contains(fields[1])
    switch final {
    case UInt8(ascii: "A"): return .up
    case UInt8(ascii: "B"): return .down
    case UInt8(ascii: "C"): return modified ? .wordRight : .right
    case UInt8(ascii: "D"): return modified ? .wordLeft : .left
    case UInt8(ascii: "H"): return .home
    case UInt8(ascii: "F"): return .end
    case UInt8(ascii: "~"):
      switch fields.first {
      case "1", "7": return .home
      case "4", "8": return .end
      case "3": return .delete
      default: return nil
      }
    default: return nil
    }
  }

  private static let controlKeys: [UInt8: EditorKey] = [
    0x01: .home, 0x02: .left, 0x03: .interrupt, 0x04: .controlD, 0x05: .end, 0x06: .right,
    0x08: .backspace, 0x09: .tab, 0x0B: .deleteToEnd, 0x0C: .redraw, 0x0E: .down, 0x10: .up,
    0x14: .transpose, 0x15: .deleteToStart, 0x17: .deleteWordBackward, 0x19: .yank, 0x1A: .suspend,
    0x7F: .backspace,
  ]

  private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard haystack.count - start >= needle.count else { return nil }
    var index = start
    while index + needle.count <= haystack.count {
      if haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }

  /// Pasted bytes as text: line endings become `\n`, tabs stay, other control characters are dropped.
  private static func pastedText(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
      .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    let kept = text.unicodeScalars.filter {
      $0 == "\n" || $0 == "\t" || !(0..<0x20).contains($0.value) && !(0x7F..<0xA0).contains($0.value)
    }
    return String(String.UnicodeScalarView(kept))
  }
}
