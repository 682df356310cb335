/// Folds common Dutch inflection away, so that forms of one word compare equal ("slapen", "slaapt", "slaap").
///
/// A word gets a small set of keys: itself and the stems left after one inflectional ending or a "ge-" prefix,
/// with long vowels and final double consonants made single. Two words match when their keys meet.
enum DutchInflection {
  private static let endings = [
    "etjes", "etje", "tjes", "tje", "jes", "je", "ten", "den", "ste", "en", "te", "de", "st", "es", "e", "s", "t",
    "d",
  ]

  /// The keys of one normalised word.
  static func keys(_ word: String) -> Set<String> {
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
}
