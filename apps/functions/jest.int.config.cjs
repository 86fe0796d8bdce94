module.exports = { ...require('../../jest.int.preset.cjs'), displayName: 'functions:int' };
