/// Folds letters to the form the lexicon is written in: lower case, without diacritics (ï → i, é → e).
enum WordNormalizer {
  /// The folded letter, or nil when the scalar is no letter or digit.
  @inline(__always)
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    if value < 128 {
      if value >= 65 && value <= 90 { return Unicode.Scalar(value + 32) }
      if (value >= 97 && value <= 122) || (value >= 48 && value <= 57) { return scalar }
      return nil
    }
    if let plain = latinFolds[value] { return Unicode.Scalar(plain) }
    guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return nil }
    return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
  }

  /// Whether the scalar is an upper-case letter.
  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 128 { return value >= 65 && value <= 90 }
    return scalar.properties.isUppercase
  }

  /// Normalises a whole word or phrase the way the tokenizer does (for lexicon entries).
  static func normalize(_ word: String) -> String {
    // Most lexicon words are already plain lower-case letters and digits: then the word is its own form.
    if word.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }) { return word }
    var result = String.UnicodeScalarView()
    for scalar in word.unicodeScalars {
      if let folded = fold(scalar) { result.append(folded) }
    }
    return String(result)
  }

  /// Accented Latin letters and their plain lower-case letter.
  private static let latinFolds: [UInt32: UInt32] = {
    var table: [UInt32: UInt32] = [:]
    let groups: [(String, Character)] = [
      ("àáâãäåÀÁÂÃÄÅ", "a"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("òóôõöøÒÓÔÕÖØ", "o"),
      ("ùúûüÙÚÛÜ", "u"), ("çÇ", "c"), ("ñÑ", "n"), ("ýÿÝ", "y"),
    ]
    for (letters, plain) in groups {
      for scalar in letters.unicodeScalars { table[scalar.value] = plain.unicodeScalars.first!.value }
    }
    return table
  }()
}
