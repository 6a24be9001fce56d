module.exports = (path) => require('./schemas').apiSchema(path);
