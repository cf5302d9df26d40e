# shutil.disk_usage (os.statvfs) and shutil.get_terminal_size.
import shutil, os
tot = shutil.disk_usage('/tmp')
print(tot.total >= tot.used, len(tot), hasattr(os, 'statvfs'))
print(shutil.get_terminal_size((80, 24)).columns > 0)
