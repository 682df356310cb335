/// How many terminal columns text takes: 1 for most letters (also `é`, `ï`, `ë`), 0 for combining marks and
/// other invisible scalars, 2 for wide characters (CJK, Hangul, fullwidth forms) and emoji.
///
/// Widths are counted per grapheme cluster (a Swift `Character`), so `e` + U+0301 is one column, a flag
/// or a family emoji joined with U+200D is two, and a text-style symbol turned into an emoji by U+FE0F is two.
/// Terminal escape sequences (`ESC [ … m` for colour) take no columns, so styled text measures as it shows.
public enum DisplayWidth {
  /// The columns `text` takes on one terminal row, ignoring CSI escape sequences.
  public static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    var escape = EscapeState.none
    for character in text {
      switch escape {
      case .none:
        if character == "\u{1B}" {
          escape = .started
        } else {
          total += of(character)
        }
      case .started:
        escape = character == "[" ? .parameters : .none
      case .parameters:
        // A CSI sequence ends with a final byte from @ to ~.
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
          (0x40...0x7E).contains(scalar.value)
        {
          escape = .none
        }
      }
    }
    return total
  }

  /// The columns one character (grapheme cluster) takes: 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count > 1 {
      // Emoji sequences: a presentation selector, a ZWJ sequence, a keycap, a pair of regional indicators.
      if scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x20E3 }) { return 2 }
      if scalars.contains(where: { $0.value == 0x200D }) && scalars.contains(where: isWide) { return 2 }
      if isRegionalIndicator(first) { return 2 }
    }
    // The base scalar decides; combining marks after it add nothing.
    for scalar in scalars {
      let width = of(scalar)
      if width > 0 { return width }
    }
    return 0
  }

  /// The columns one scalar takes on its own: 0 for controls, combining marks and format characters.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x7F { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels and final consonants join
    if value == 0x200B { return 0 }  // zero width space
    return isWide(scalar) ? 2 : 1
  }

  /// Whether a scalar is East Asian Wide or Fullwidth, or an emoji shown as a picture by default.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x1100 { return false }
    if scalar.properties.isEmojiPresentation { return true }
    return wideRanges.contains { $0.contains(value) }
  }

  private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
  }

  /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth.txt, W and F, by block); emoji are found
  /// by their `Emoji_Presentation` property instead.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals, Kangxi, CJK symbols and punctuation
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
    0x3400...0x4DBF,  // CJK extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth forms
    0xFFE0...0xFFE6,  // fullwidth signs
    0x1B000...0x1B2FF,  // Kana supplement and extensions
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x20000...0x2FFFD,  // CJK extensions B to F
    0x30000...0x3FFFD,  // CJK extension G and later
  ]

  private enum EscapeState {
    case none, started, parameters
  }
}
