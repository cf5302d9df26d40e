import sys
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[8])
print(sys.int_info)
print(sys.hash_info)
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.algorithm)
f = sys.flags
print(type(f).__name__, len(f), type(f).__match_args__[:4])
print(f.debug, f.inspect, f.interactive, f.optimize, f.dont_write_bytecode,
      f.verbose, f.bytes_warning, f.quiet, f.isolated, f.dev_mode,
      f.utf8_mode, f.safe_path, f.int_max_str_digits, f.hash_randomization)
