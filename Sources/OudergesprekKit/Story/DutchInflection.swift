/// Folds common Dutch inflection away, so that forms of one word compare equal ("slapen", "slaapt", "slaap").
///
/// A word gets a small set of keys: itself and the stems left after one inflectional ending or a "ge-" prefix,
/// with long vowels and final double consonants made single. Two words match when their keys meet.
enum DutchInflection {
  private static let endings = [
    "etjes", "etje", "tjes", "tje", "jes", "je", "ten", "den", "ste", "en", "te", "de", "st", "e", "s", "t",
    "d",
  ]

  private static let asciiEndings = endings.map { Array($0.utf8) }

  /// The keys of one normalised word.
  static func keys(_ word: String) -> Set<String> {
    // Most words are ASCII: then a letter is a byte, and the same steps run on bytes, without grapheme breaking.
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKeys(Array(word.utf8)) }
    return characterKeys(word)
  }

  /// `keys` by Characters, for any word (internal for the test that the byte steps give the same keys).
  static func characterKeys(_ word: String) -> Set<String> {
    var keys: Set<String> = [simplify(word)]
    var bases = [word]
    if word.hasPrefix("ge"), word.count > 5 { bases.append(String(word.dropFirst(2))) }
    for base in bases {
      keys.insert(simplify(base))
      for ending in endings where base.hasSuffix(ending) && base.count - ending.count >= 3 {
        keys.insert(simplify(String(base.dropLast(ending.count))))
      }
    }
    return keys
  }

  /// Long vowels single ("slaap" → "slap"), a final double consonant single, final v/z as f/s.
  private static func simplify(_ stem: String) -> String {
    var letters = Array(stem)
    var index = 1
    while index < letters.count {
      if letters[index] == letters[index - 1], "aeou".contains(letters[index]) {
        letters.remove(at: index)
      } else {
        index += 1
      }
    }
    if letters.count >= 2, letters[letters.count - 1] == letters[letters.count - 2],
      !"aeiou".contains(letters[letters.count - 1])
    {
      letters.removeLast()
    }
    if let last = letters.last, last == "v" || last == "z" { letters[letters.count - 1] = last == "v" ? "f" : "s" }
    return String(letters)
  }

  /// `keys` of an ASCII word, step for step on its bytes.
  private static func asciiKeys(_ word: [UInt8]) -> Set<String> {
    var keys: Set<String> = [simplify(word[...])]
    var bases = [word[...]]
    if word.count > 5, word[0] == UInt8(ascii: "g"), word[1] == UInt8(ascii: "e") { bases.append(word.dropFirst(2)) }
    for base in bases {
      keys.insert(simplify(base))
      for ending in asciiEndings
      where base.count - ending.count >= 3 && base.suffix(ending.count).elementsEqual(ending) {
        keys.insert(simplify(base.dropLast(ending.count)))
      }
    }
    return keys
  }

  /// `simplify` of an ASCII stem, on its bytes.
  private static func simplify(_ stem: ArraySlice<UInt8>) -> String {
    func isVowel(_ byte: UInt8, withI: Bool) -> Bool {
      byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
        || (withI && byte == UInt8(ascii: "i"))
    }
    var letters = Array(stem)
    var index = 1
    while index < letters.count {
      if letters[index] == letters[index - 1], isVowel(letters[index], withI: false) {
        letters.remove(at: index)
      } else {
        index += 1
      }
    }
    if letters.count >= 2, letters[letters.count - 1] == letters[letters.count - 2],
      !isVowel(letters[letters.count - 1], withI: true)
    {
      letters.removeLast()
    }
    if let last = letters.last, last == UInt8(ascii: "v") || last == UInt8(ascii: "z") {
      letters[letters.count - 1] = last == UInt8(ascii: "v") ? UInt8(ascii: "f") : UInt8(ascii: "s")
    }
    return String(decoding: letters, as: UTF8.self)
  }
}
