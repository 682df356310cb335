import OudergesprekKit

/// A strict parser for `oudergesprek COMMAND [ARGS] [--options]`: unknown options are errors.
struct ArgumentParser {
  /// What one command accepts.
  struct Spec {
    var command: String
    /// Options that take a value: `--seed 3` or `--seed=3`.
    var options: Set<String> = []
    /// Options without a value.
    var flags: Set<String> = []
    /// The most positional arguments accepted (nil: any number).
    var maximumPositionals: Int? = 0

    /// ` bij 'oefen'`, for messages; empty for the bare command, where no command was typed.
    var `where`: String { command.isEmpty ? "" : " bij '\(command)'" }
  }

  /// The parsed words of one command.
  struct Parsed {
    var positionals: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    func option(_ name: String) -> String? { options[name] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }
  }

  static func parse(_ words: [String], spec: Spec) throws(UsageError) -> Parsed {
    var parsed = Parsed()
    var index = 0
    var onlyPositionals = false
    while index < words.count {
      let word = words[index]
      index += 1
      if onlyPositionals || !word.hasPrefix("-") || word == "-" {
        parsed.positionals.append(word)
        continue
      }
      if word == "--" {
        onlyPositionals = true
        continue
      }
      var name = word
      var inlineValue: String?
      if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
        name = String(word[..<equals])
        inlineValue = String(word[word.index(after: equals)...])
      }
      if spec.flags.contains(name) {
        if inlineValue != nil { throw UsageError("optie \(name) neemt geen waarde") }
        parsed.flags.insert(name)
      } else if spec.options.contains(name) {
        if let inlineValue {
          parsed.options[name] = inlineValue
        } else if index < words.count {
          parsed.options[name] = words[index]
          index += 1
        } else {
          throw UsageError("optie \(name) mist een waarde")
        }
      } else {
        let known = Array(spec.options) + Array(spec.flags)
        let hint = Suggestion.closest(to: name, in: known).map { "; bedoelt u \($0)?" } ?? ""
        throw UsageError("onbekende optie '\(name)'\(spec.where)\(hint)")
      }
    }
    if let maximum = spec.maximumPositionals, parsed.positionals.count > maximum {
      let extra = parsed.positionals[maximum]
      throw UsageError("onverwacht argument '\(extra)'\(spec.where)")
    }
    return parsed
  }
}
