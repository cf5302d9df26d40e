import sys
print('fatal coming')
sys.exit('fatal: something went wrong')
