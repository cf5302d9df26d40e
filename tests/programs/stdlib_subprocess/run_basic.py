# subprocess.run through _posixsubprocess.fork_exec: pipes, exit codes, errors
import subprocess, sys
r = subprocess.run(['echo', 'hello', 'child'], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo err >&2; exit 3'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.returncode, r.stdout)
try:
    subprocess.run(['/nonexistent/prog'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(['true'], cwd='/nonexistent_dir')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
print(subprocess.check_output(['cat'], input=b'piped input'))
print(subprocess.run('echo $FOO', shell=True, env={'FOO': 'bar'}, stdout=subprocess.PIPE).stdout)
